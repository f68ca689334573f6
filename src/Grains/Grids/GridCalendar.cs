using Anju.Dwellings;
using Microsoft.Extensions.Logging;

namespace Anju.Grids;

/// <summary>
/// What the calendar changes in a grid's figures without any dwelling reporting: reviews falling overdue, and the
/// standing (rent falling due or ageing, deductions leaving their window) of dwellings whose <c>ReassessAt</c> has
/// passed, asked of the dwellings themselves. Rounds run on the grid's timers; <c>touch</c> sends changed figures on.
/// </summary>
internal sealed class GridCalendar(
    IGrainBase grain, IGrainFactory grains, GridDwellings dwellings, Func<GridState> state, TimeProvider clock, ILogger log, Action touch)
{
    /// <summary>Reviews overdue in the last summary sent to the estate: a round reports only when the day changed it.</summary>
    private int _reportedOverdue;

    /// <summary>Rounds every <paramref name="every"/> from now: from activation, or from creation for a grid made in this
    /// activation (it had no timer until its next activation before).</summary>
    public void Start(TimeSpan every) => grain.RegisterGrainTimer(RoundAsync, every, every);

    /// <summary>The grid sent <paramref name="summary"/> to its estate.</summary>
    public void Reported(GridSummary summary) => _reportedOverdue = summary.Residency.ReviewsOverdue;

    /// <summary>Asks each dwelling whose standing the calendar has changed since it reported for its summary now, and
    /// re-derives the figures (reviews fall overdue by the calendar too). A dwelling that cannot answer keeps its
    /// summary until the next round.</summary>
    public async Task RoundAsync()
    {
        var s = state();
        var now = clock.GetUtcNow();
        var due = dwellings.DueAt(now);
        var answers = await Task.WhenAll(due.Select(id => AskAsync(s, id)));
        var changed = answers.OfType<DwellingSummary>().Count(d => s.Members.Contains(d.DwellingId) && dwellings.Reassessed(d));
        if (due.Count > 0)
        {
            log.LogDebug("Grid {EstateId}/{GridId} reassessed {Due} dwelling(s); {Changed} changed", s.EstateId, s.GridId, due.Count, changed);
        }

        if (changed > 0 || dwellings.ReviewsOverdue(DateOnly.FromDateTime(now.UtcDateTime)) != _reportedOverdue)
        {
            touch();
        }
    }

    /// <summary>A dwelling's summary now, or null (logged) when it cannot answer: it keeps its summary until the next round.</summary>
    private async Task<DwellingSummary?> AskAsync(GridState s, string dwellingId)
    {
        try
        {
            return await grains.GetGrain<IDwellingGrain>(Keys.Dwelling(s.EstateId, dwellingId)).GetSummaryAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Grid {EstateId}/{GridId} could not reassess dwelling {DwellingId}; next round", s.EstateId, s.GridId, dwellingId);
            return null;
        }
    }
}
