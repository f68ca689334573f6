using Anju.Dwellings;
using Anju.Districts;
using Anju.Estates;

namespace Anju.Tests.Rules;

public class OccupancyRollupTests
{
    [Fact]
    public void Counts_by_state_and_rate()
    {
        var children = new Dictionary<string, DwellingSummary>();
        Rollups.ApplyNewest(children, "A", new("A", 1, OccupancyState.Occupied), r => r.Version);
        Rollups.ApplyNewest(children, "B", new("B", 1, OccupancyState.Vacant), r => r.Version);
        Rollups.ApplyNewest(children, "C", new("C", 1, OccupancyState.ExitRequested), r => r.Version);
        Rollups.ApplyNewest(children, "D", new("D", 1, OccupancyState.UnderRepair), r => r.Version);

        var counts = OccupancyRollup.Count(children.Values);

        Assert.Equal(4, counts.Dwellings);
        Assert.Equal(2, counts.Occupied);
        Assert.Equal(0.5, counts.Rate);
        Assert.Equal(1, counts.ByState[OccupancyState.UnderRepair]);
        Assert.Equal(0, counts.ByState[OccupancyState.Allocated]);
    }

    [Fact]
    public void A_repeated_report_does_not_double_count()
    {
        var children = new Dictionary<string, DwellingSummary>();
        var report = new DwellingSummary("A", 3, OccupancyState.Occupied);
        Assert.True(Rollups.ApplyNewest(children, report.DwellingId, report, r => r.Version));
        Assert.False(Rollups.ApplyNewest(children, report.DwellingId, report, r => r.Version));
        Assert.Equal(1, OccupancyRollup.Count(children.Values).Occupied);
    }

    [Fact]
    public void An_older_report_arriving_late_is_ignored()
    {
        var children = new Dictionary<string, DwellingSummary>();
        Rollups.ApplyNewest(children, "A", new("A", 5, OccupancyState.Vacated), r => r.Version);
        Assert.False(Rollups.ApplyNewest(children, "A", new("A", 4, OccupancyState.ExitRequested), r => r.Version));
        Assert.Equal(OccupancyState.Vacated, children["A"].State);
        Assert.Equal(0, OccupancyRollup.Count(children.Values).Occupied);
    }

    [Fact]
    public void No_dwellings_means_a_zero_rate_not_a_division_by_zero() =>
        Assert.Equal(0, OccupancyRollup.Count([]).Rate);
}
