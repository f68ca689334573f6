using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class RollupsTests
{
    private static OccupancyCounts Counts(int occupied, int vacant) =>
        new(occupied + vacant, occupied, new Dictionary<OccupancyState, int> { [OccupancyState.Occupied] = occupied, [OccupancyState.Vacant] = vacant });

    [Fact]
    public void Sums_add_every_state()
    {
        var total = Rollups.Sum([Counts(3, 1), Counts(5, 7)]);
        Assert.Equal((16, 8, 8, 8), (total.Dwellings, total.Occupied, total.ByState[OccupancyState.Occupied], total.ByState[OccupancyState.Vacant]));
        Assert.Equal(0, total.ByState[OccupancyState.UnderRepair]);
    }

    [Fact]
    public void Newest_wins_and_a_stale_or_repeated_report_changes_nothing()
    {
        var held = new Dictionary<string, EstateSummary>();
        var v2 = new EstateSummary("TH-0001", "n", "TH", 2, Counts(2, 0));
        Assert.True(Rollups.ApplyNewest(held, "TH-0001", v2, s => s.Version));
        Assert.False(Rollups.ApplyNewest(held, "TH-0001", v2, s => s.Version));
        Assert.False(Rollups.ApplyNewest(held, "TH-0001", v2 with { Version = 1, Occupancy = Counts(0, 2) }, s => s.Version));
        Assert.Equal(2, Rollups.Sum(held.Values.Select(s => s.Occupancy)).Occupied);
    }

    [Fact]
    public void A_grid_counts_the_changes_of_the_dwelling_summaries_it_holds()
    {
        // The same summaries whether reported one by one, read back from the snapshot or pulled from the dwellings.
        var held = new Dictionary<string, DwellingSummary>();
        Rollups.ApplyNewest(held, "1-1-001", new DwellingSummary("1-1-001", 3, OccupancyState.Occupied), d => d.Version);
        Rollups.ApplyNewest(held, "1-1-002", new DwellingSummary("1-1-002", 1, OccupancyState.Vacant), d => d.Version);
        Rollups.ApplyNewest(held, "1-1-001", new DwellingSummary("1-1-001", 4, OccupancyState.Occupied), d => d.Version);
        Rollups.ApplyNewest(held, "1-1-001", new DwellingSummary("1-1-001", 2, OccupancyState.Allocated), d => d.Version);

        var grid = Grids.GridRollup.Summarize("G1", 1, null, held.Values, 0, new DateOnly(2026, 11, 28));

        Assert.Equal(5, grid.Changes);
    }

    [Fact]
    public void A_grid_summary_counts_every_figure_of_its_dwellings()
    {
        var today = new DateOnly(2026, 11, 28);
        DwellingSummary[] dwellings =
        [
            new("1", 2, OccupancyState.Occupied)
            {
                Residents = 3, Tenure = TenureType.LowRent, Rent = RentArrearsStatus.Serious, ReviewOverdueFrom = today,
                Deductions = DeductionLevel.Warning, SpecialGroups = SpecialGroups.LowIncome,
            },
            new("2", 5, OccupancyState.ExitRequested) { Residents = 2, Rent = RentArrearsStatus.Owing, Deductions = DeductionLevel.ExitReview, ReviewOverdueFrom = today.AddDays(1) },
            new("3", 1, OccupancyState.Vacant) { Rent = RentArrearsStatus.Owing, SpecialGroups = SpecialGroups.LowIncome, ReviewOverdueFrom = today },
            new("4", 4, OccupancyState.UnderRepair) { Tenure = TenureType.LowRent },
        ];

        var grid = Grids.GridRollup.Summarize("G1", 9, "Z1", dwellings, openMatters: 2, today);

        Assert.Equal((4, 2, 12L, 2), (grid.Occupancy.Dwellings, grid.Occupancy.Occupied, grid.Changes, grid.OpenMatters));
        Assert.Equal((1, 1, 1, 1, 0), (grid.Occupancy.ByState[OccupancyState.Occupied], grid.Occupancy.ByState[OccupancyState.ExitRequested],
            grid.Occupancy.ByState[OccupancyState.Vacant], grid.Occupancy.ByState[OccupancyState.UnderRepair], grid.Occupancy.ByState[OccupancyState.Allocated]));
        Assert.Equal(Enum.GetValues<OccupancyState>().Length, grid.Occupancy.ByState.Count);
        var r = grid.Residency;
        Assert.Equal((2, 5, 3, 1), (r.Households, r.Residents, r.RentOwing, r.RentSerious));
        Assert.Equal((1, 1, 1, 1), (r.ReviewsOverdue, r.DeductionWarnings, r.ExitReviews, r.SpecialGroupHouseholds)); // lived-in households only
        Assert.Equal((2, 2), (grid.Tenures[TenureType.LowRent], grid.Tenures[TenureType.PublicRental]));
        Assert.Equal(Enum.GetValues<TenureType>().Length, grid.Tenures.Count);
    }

    [Fact]
    public void Derived_versions_never_go_back_even_after_a_restart()
    {
        var now = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
        var before = Rollups.NextVersion(Rollups.NextVersion(0, now), now);
        var afterRestart = Rollups.NextVersion(0, now.AddSeconds(1));
        Assert.True(afterRestart > before);
        Assert.Equal(before + 1, Rollups.NextVersion(before, now.AddDays(-1)));
    }
}
