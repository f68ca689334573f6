using Anju.Dwellings;

namespace Anju.Residency;

/// <summary>When a dwelling's own records open an exit review (pure): a deduction that lifts the household into
/// <see cref="DeductionLevel.ExitReview"/>, an inspection that finds the dwelling sublet or its use changed (both grounds
/// on which a public-rental tenant returns the dwelling, on one finding), or the
/// <see cref="ExitReviewOptions.IdleFindings"/>-th idle finding inside <see cref="ExitReviewOptions.IdleWindow"/>.
/// Only a dwelling with a household (allocated or lived in) has anyone to review. The reference names the dwelling
/// and the version the change made, so a redelivered trigger is recognised by the book.</summary>
public static class ExitReviewTriggers
{
    /// <summary>The trigger a deduction makes, or null when it crossed nothing that counts.</summary>
    internal static ExitReviewTrigger? OfDeduction(DeductionCrossing crossing, OccupancyState state, string dwellingId, long version)
    {
        ArgumentNullException.ThrowIfNull(crossing);
        return crossing.CrossedInto == DeductionLevel.ExitReview && OccupancyRules.MayHaveHousehold(state)
            ? new ExitReviewTrigger(dwellingId, ExitReviewReason.Deductions, crossing.Entry.At, crossing.Entry.Actor, Reference(dwellingId, version))
            : null;
    }

    /// <summary>The trigger an inspection makes given the inspections recorded before it, or null.</summary>
    public static ExitReviewTrigger? OfInspection(
        IReadOnlyList<UsageInspection> earlier, UsageInspection found, OccupancyState state, string dwellingId, long version, ExitReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(options);
        if (!OccupancyRules.MayHaveHousehold(state))
        {
            return null;
        }

        var reason = found.Finding switch
        {
            InspectionFinding.Sublet => ExitReviewReason.Sublet,
            InspectionFinding.UseChanged => ExitReviewReason.UseChanged,
            InspectionFinding.Idle when IdleCount(earlier, found.At, options) + 1 >= options.IdleFindings => ExitReviewReason.Idle,
            _ => (ExitReviewReason?)null,
        };
        return reason is { } r ? new ExitReviewTrigger(dwellingId, r, found.At, found.Inspector, Reference(dwellingId, version)) : null;
    }

    /// <summary>Idle findings among <paramref name="earlier"/> inside the window ending at <paramref name="at"/>.</summary>
    public static int IdleCount(IEnumerable<UsageInspection> earlier, DateTimeOffset at, ExitReviewOptions options) =>
        earlier.Count(i => i.Finding == InspectionFinding.Idle && i.At <= at && at - i.At < options.IdleWindow);

    /// <summary>The reference of a trigger made by a dwelling's change: <c>dwelling/3-2-1501/v17</c>.</summary>
    public static string Reference(string dwellingId, long version) => $"dwelling/{dwellingId}/v{version}";
}
