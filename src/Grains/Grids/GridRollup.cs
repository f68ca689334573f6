using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;

namespace Anju.Grids;

/// <summary>Pure: a grid's figures from its dwellings' latest summaries.</summary>
internal static class GridRollup
{
    /// <summary>A grid's figures from a whole set of dwellings at once (the grid itself keeps a
    /// <see cref="GridTally"/> up to date instead, and must always agree with this).</summary>
    public static GridSummary Summarize(
        string gridId, long version, string? zoneId, IReadOnlyCollection<DwellingSummary> dwellings, int openMatters, DateOnly today) =>
        GridTally.Of(dwellings).ToSummary(gridId, version, zoneId, openMatters, today);

    /// <summary>Adds residency counts together.</summary>
    public static ResidencyCounts Sum(IEnumerable<ResidencyCounts> parts) =>
        parts.Aggregate(ResidencyCounts.Zero, (a, b) => new ResidencyCounts(
            a.Households + b.Households, a.Residents + b.Residents, a.RentOwing + b.RentOwing, a.RentSerious + b.RentSerious,
            a.ReviewsOverdue + b.ReviewsOverdue, a.DeductionWarnings + b.DeductionWarnings, a.ExitReviews + b.ExitReviews,
            a.SpecialGroupHouseholds + b.SpecialGroupHouseholds));

    /// <summary>Adds tenure counts together.</summary>
    public static IReadOnlyDictionary<TenureType, int> SumTenures(IEnumerable<IReadOnlyDictionary<TenureType, int>> parts)
    {
        var total = Enum.GetValues<TenureType>().ToDictionary(t => t, _ => 0);
        foreach (var part in parts)
        {
            foreach (var (tenure, count) in part)
            {
                total[tenure] += count;
            }
        }

        return total;
    }

    /// <summary>Sums occupancy (re-exported for symmetry with <see cref="Sum"/>).</summary>
    public static OccupancyCounts SumOccupancy(IEnumerable<OccupancyCounts> parts) => Rollups.Sum(parts);
}
