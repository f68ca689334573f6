using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Grids;

/// <summary>Pure: a grid's figures from its dwellings' latest summaries.</summary>
public static class GridRollup
{
    public static GridSummary Summarize(
        string gridId, long version, string? zoneId, IReadOnlyCollection<DwellingSummary> dwellings, int openMatters, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dwellings);
        var livedIn = dwellings.Where(d => OccupancyRules.IsLivedIn(d.State)).ToList();
        var residency = new ResidencyCounts(
            Households: livedIn.Count,
            Residents: livedIn.Sum(d => d.Residents),
            RentOwing: dwellings.Count(d => d.Rent != RentArrearsStatus.Clear),
            RentSerious: dwellings.Count(d => d.Rent == RentArrearsStatus.Serious),
            ReviewsOverdue: livedIn.Count(d => d.ReviewOverdueFrom is { } from && today >= from),
            DeductionWarnings: livedIn.Count(d => d.Deductions == DeductionLevel.Warning),
            ExitReviews: livedIn.Count(d => d.Deductions == DeductionLevel.ExitReview),
            SpecialGroupHouseholds: livedIn.Count(d => d.SpecialGroups != SpecialGroups.None));
        var tenures = Enum.GetValues<TenureType>().ToDictionary(t => t, t => dwellings.Count(d => d.Tenure == t));
        return new GridSummary(gridId, version, zoneId, OccupancyRollup.Count(dwellings), residency, tenures, OpenMatters: openMatters)
        {
            Changes = dwellings.Sum(d => d.Version),
        };
    }

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
