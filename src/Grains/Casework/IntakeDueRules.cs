using Anju.Dwellings;

namespace Anju.Casework;

/// <summary>The annual reviews the agency has to collect papers for (待收年審), from the dwellings' summaries as the grids
/// report them (no dwelling is activated): a dwelling whose review is due (its due day reached, papers not yet received)
/// or overdue (past the grace days), overdue first and longest overdue first. A dwelling with an intake still
/// undecided in the queue, or one that failed (its exit review carries it on), is left out: its papers are in.</summary>
internal static class IntakeDueRules
{
    public static IReadOnlyList<IntakeDue> List(
        IEnumerable<(DwellingSummary Summary, string GridId)> dwellings, IEnumerable<IntakeItem> intake, DateOnly today, int graceDays)
    {
        var papersIn = intake.Where(i => i.Status is not IntakeStatus.Passed).Select(i => i.DwellingId).ToHashSet(StringComparer.Ordinal);
        return [.. dwellings
            .Where(d => d.Summary.ReviewOverdueFrom is not null && !papersIn.Contains(d.Summary.DwellingId))
            .Select(d =>
            {
                var overdueFrom = d.Summary.ReviewOverdueFrom!.Value;
                return new IntakeDue(d.Summary.DwellingId, d.GridId, overdueFrom.AddDays(-1 - graceDays), overdueFrom, today >= overdueFrom);
            })
            .Where(d => d.DueOn <= today)
            .OrderByDescending(d => d.Overdue)
            .ThenBy(d => d.OverdueFrom)
            .ThenBy(d => d.DwellingId, StringComparer.Ordinal)];
    }
}
