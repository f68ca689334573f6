using Anju.Common;
using Anju.Estates;
using Microsoft.Extensions.Logging;

namespace Anju.Community;

/// <summary>An estate's residents' satisfaction (<see cref="ISatisfactionGrain"/>): keeps one rating per case and the
/// surveys, and after each change (and on activation, healing a report that failed) tells the estate (its health score)
/// and the city's rollup the new counts, each versioned so a repeat or reorder changes nothing.</summary>
internal sealed class SatisfactionGrain(
    [PersistentState("satisfaction", StorageNames.Main)] IPersistentState<SatisfactionState> state,
    TimeProvider clock,
    ILogger<SatisfactionGrain> log) : Grain, ISatisfactionGrain
{
    /// <summary>The city's offset from UTC: a rating falls in the city's month.</summary>
    private const int CityUtcOffsetHours = 8;

    private SatisfactionState S => state.State;

    private string EstateId => Keys.EstateIdOfCommunity(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Version > 0)
        {
            ReportAsync().Ignore();
        }

        return Task.CompletedTask;
    }

    public async Task RecordRatingAsync(CaseRating rating, string district)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var next = new StoredRating(SatisfactionRules.Rating("rating", rating.Rating), rating.Source, SatisfactionRules.MonthOf(rating.RatedAt, CityUtcOffsetHours));
        var key = $"{rating.Source}:{rating.CaseId}";
        if (S.Ratings.TryGetValue(key, out var held) && held == next && S.District is not null)
        {
            return;
        }

        S.Ratings[key] = next;
        S.District ??= string.IsNullOrWhiteSpace(district) ? null : district;
        await SaveAsync();
    }

    public async Task<SatisfactionView> RecordSurveyAsync(string surveyId, string period, IReadOnlyList<SurveyQuestion> questions, string actor)
    {
        var id = Validate.Id("surveyId", surveyId);
        var p = SatisfactionRules.Period(period);
        var qs = SatisfactionRules.Questions(questions);
        var held = S.Surveys.Find(s => s.SurveyId == id);
        if (SameContent.Seen(held, new SurveyRecord(id, p, qs, held?.RecordedBy ?? "", held?.RecordedAt ?? default), $"Survey {id}"))
        {
            return View();
        }

        S.Surveys.Add(new SurveyRecord(id, p, qs, actor, clock.GetUtcNow()));
        S.Surveys.Sort((a, b) => string.CompareOrdinal(b.Period, a.Period));
        await SaveAsync();
        return View();
    }

    public Task<SatisfactionView> GetAsync() => Task.FromResult(View());

    public Task<SatisfactionSection> GetSectionAsync() => Task.FromResult(Section());

    private SatisfactionCounts Counts() => SatisfactionRules.Counts(S.Ratings.Values.Select(r => r.Rating), S.Surveys);

    private SatisfactionSection Section() => new(S.Version, Counts());

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
        await ReportAsync();
    }

    /// <summary>The change is durable; a report that fails is sent again on the next change or activation.</summary>
    private async Task ReportAsync()
    {
        var section = Section();
        try
        {
            await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).ReportSatisfactionAsync(section);
            if (S.District is null)
            {
                S.District = (await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).GetSummaryAsync()).District;
                await state.WriteOrReloadAsync();
            }

            await GrainFactory.GetGrain<ISatisfactionRollupGrain>(Keys.SatisfactionCity)
                .ReportAsync(new EstateSatisfaction(EstateId, S.District, section.Version, section.Counts));
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Estate {EstateId}'s satisfaction could not be reported; the next change or activation sends it again", EstateId);
        }
    }

    private SatisfactionView View()
    {
        var months = S.Ratings.Values.GroupBy(r => r.Month).OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SatisfactionMonth(g.Key, g.Count(), Math.Round(g.Average(r => r.Rating), 2))).Take(24);
        return new(EstateId, Counts(), [.. months], S.Ratings.Values.Count(r => r.Source == RatingSource.Incident),
            S.Ratings.Values.Count(r => r.Source == RatingSource.WorkOrder), [.. S.Surveys], S.Version);
    }
}
