using Anju.Common;
using Anju.Dwellings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Residency;

/// <summary>An estate's exit-review book: opens cases (one open case per dwelling; a further trigger adds its reason to
/// it), remembers each trigger's reference so a redelivered trigger opens nothing, keeps the newest summary of every
/// case for the list and counts, answers whether a dwelling has an open case, and keeps the clock that ends appeal
/// windows (<see cref="AppealClock"/>: one reminder for the whole book).</summary>
internal sealed class ExitReviewBookGrain(
    [PersistentState("exit-book", StorageNames.Main)] IPersistentState<ExitReviewBookState> state,
    TimeProvider clock,
    IOptions<ResidencyOptions> options,
    ILogger<ExitReviewBookGrain> log) : Grain, IExitReviewRegisterGrain, IRemindable
{
    private SerialWrites<ExitReviewBookState>? _writes;
    private AppealClock? _clock;

    private ExitReviewBookState S => state.State;

    private string EstateId => this.GetPrimaryKeyString()["exits/".Length..];

    private AppealClock Clock => _clock ??= new(this, GrainFactory, () => S, TakeAsync, clock, options.Value.ExitReviews.RetryPeriod, log);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Clock.Resume(); // a window that ended while the book slept is ended now
        return base.OnActivateAsync(cancellationToken);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Clock.TickAsync();

    /// <summary>The book's own write comes first (the reference and the case's place in the book), then the case is told;
    /// a failure after the write is healed by the trigger's redelivery, which tells the case again.</summary>
    public async Task<string> OpenAsync(ExitReviewTrigger trigger)
    {
        var valid = ExitReviewRules.CheckTrigger(trigger, clock.GetUtcNow());
        if (S.References.TryGetValue(valid.Reference, out var known))
        {
            var recorded = S.Cases[known];
            if (recorded.DwellingId != valid.DwellingId)
            {
                throw new ConflictException($"reference '{valid.Reference}' already opened {known} for dwelling {recorded.DwellingId}.");
            }

            // The book's entry (the place-holder if the case was never told) keeps the household read when it opened.
            await TakeAsync(await Case(known).ReceiveAsync(new ExitReviewOpening(EstateId, recorded.GridId, valid) { HeadOfHousehold = recorded.HeadOfHousehold }));
            return known;
        }

        // The dwelling must exist (an unknown one is a 404 to the intake); its grid places the case, and the case names the
        // household on record now (a later one is another household). Interleaves with a dwelling awaiting this book.
        var dwelling = GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(EstateId, valid.DwellingId));
        var basis = await dwelling.GetFeeBasisAsync();
        var opening = new ExitReviewOpening(EstateId, basis.GridId, valid) { HeadOfHousehold = (await dwelling.GetHouseholdAsync())?.HeadOfHousehold };
        while (true)
        {
            var caseId = ExitReviewBook.OpenCaseFor(S, valid.DwellingId) ?? ExitReviewIds.New(clock.GetUtcNow(), Random.Shared);
            S.References[valid.Reference] = caseId;
            S.Cases.TryAdd(caseId, ExitReviewBook.Placeholder(caseId, opening, clock.GetUtcNow()));
            await SaveAsync();
            var summary = await Case(caseId).ReceiveAsync(opening);
            await TakeAsync(summary);
            if (summary.IsOpen)
            {
                return caseId;
            }

            // The case finished and its report had not arrived: it is now in the book as finished, so this opens a new one.
        }
    }

    public Task<ExitReviewList> ListAsync() => Task.FromResult(ExitReviewListing.Of(EstateId, S.Cases.Values));

    public Task<ExitReviewSummary?> FindAsync(string caseId) => Task.FromResult(S.Cases.GetValueOrDefault(caseId ?? ""));

    public Task<string?> OpenCaseForAsync(string dwellingId) => Task.FromResult(ExitReviewBook.OpenCaseFor(S, dwellingId ?? ""));

    public Task ReportAsync(ExitReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.EstateId == EstateId && S.Cases.ContainsKey(summary.CaseId) ? TakeAsync(summary) : Task.CompletedTask;
    }

    private async Task TakeAsync(ExitReviewSummary summary)
    {
        if (ExitReviewBook.Take(S, summary))
        {
            await SaveAsync();
            await Clock.FollowAsync(); // an exit decision starts a window; an appeal or a carry-out ends the wait
        }
    }

    /// <summary>Writes the whole book (<see cref="SerialWrites{TState}"/>: reports interleave with opening).</summary>
    private Task SaveAsync() => (_writes ??= new(state)).WriteAsync();

    private IExitReviewGrain Case(string id) => GrainFactory.GetGrain<IExitReviewGrain>(Keys.ExitReview(id));
}
