using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class RollupGrainTests(ClusterFixture fixture)
{
    private async Task<string> EstateWithOccupiedAsync(string district, int occupied, int vacant)
    {
        var id = Fresh.EstateId(district);
        var estate = await TestEstates.CreateAsync(fixture.Grains, id, new RegisterEstate("測試苑", district, "測試街", 10_000));
        for (var i = 0; i < occupied + vacant; i++)
        {
            await estate.AddDwellingAsync(TestEstates.Dwelling($"1-1-{i:D3}"));
            if (i < occupied)
            {
                var dwelling = fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(id, $"1-1-{i:D3}"));
                await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "t", null));
                await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "t", null));
            }
        }

        return id;
    }

    [Fact]
    public async Task District_lists_its_estates_with_their_latest_occupancy()
    {
        var a = await EstateWithOccupiedAsync("CH", 2, 1);
        var b = await EstateWithOccupiedAsync("CH", 0, 2);
        var district = fixture.Grains.GetGrain<IDistrictGrain>(Keys.District("CH"));

        var status = await Wait.EventuallyAsync(district.GetStatusAsync,
            s => s.Estates.Any(e => e.EstateId == a && e.Occupancy.Occupied == 2) && s.Estates.Any(e => e.EstateId == b && e.Occupancy.Dwellings == 2));

        Assert.Equal("從化區", status.Name);
        Assert.Equal(2, status.Estates.Single(e => e.EstateId == a).Occupancy.Occupied);
        Assert.Equal(2, status.Estates.Single(e => e.EstateId == b).Occupancy.Dwellings);
        Assert.Equal(status.Estates.Sum(e => e.Occupancy.Dwellings), status.Occupancy.Dwellings);
    }

    [Fact]
    public async Task An_estate_counts_every_dwelling_change_it_reflects_and_the_district_passes_the_count_on()
    {
        // Three dwellings created (one change each), two of them allocated and moved into (two more each).
        var id = await EstateWithOccupiedAsync("PY", 2, 1);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));
        var summary = await Wait.EventuallyAsync(estate.GetSummaryAsync, s => s.Changes == 7);
        Assert.Equal(7, summary.Changes);

        var vacant = fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(id, "1-1-002"));
        await vacant.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "t", null));
        var district = fixture.Grains.GetGrain<IDistrictGrain>(Keys.District("PY"));
        var status = await Wait.EventuallyAsync(district.GetStatusAsync, s => s.Estates.Any(e => e.EstateId == id && e.Changes == 8));
        Assert.Equal(8, status.Estates.Single(e => e.EstateId == id).Changes);

        // A refused change leaves the count alone.
        await Assert.ThrowsAnyAsync<Exception>(() => vacant.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "t", null)));
        await Task.Delay(300);
        Assert.Equal(8, (await estate.GetSummaryAsync()).Changes);
    }

    [Fact]
    public async Task Changes_in_two_grids_sum_in_the_estate_and_repeated_or_older_reports_are_not_counted_twice()
    {
        var id = Fresh.EstateId("HP");
        var estate = await TestEstates.CreateAsync(fixture.Grains, id, new RegisterEstate("測試苑", "HP", "測試街", 10_000));
        await estate.DefineGridAsync(new DefineGrid("G2", "第二網格", null));
        await estate.AddBuildingAsync(new AddBuilding("B2", "2棟", "G2", 30));
        await estate.AddDwellingsAsync([TestEstates.Dwelling("1-1-001"), TestEstates.Dwelling("1-1-002"), TestEstates.Dwelling("2-1-001", building: "B2")]);
        IDwellingGrain Dwelling(string d) => fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(id, d));
        var g1 = fixture.Grains.GetGrain<Anju.Grids.IGridGrain>(Keys.Grid(id, "G1"));
        var g2 = fixture.Grains.GetGrain<Anju.Grids.IGridGrain>(Keys.Grid(id, "G2"));

        // Created: one change each. Then one more in G1 and two more in G2.
        await Dwelling("1-1-001").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "t", null));
        var before = await Dwelling("2-1-001").GetSummaryAsync();
        await Dwelling("2-1-001").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "t", null));
        await Dwelling("2-1-001").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "t", null));

        var summary = await Wait.EventuallyAsync(estate.GetSummaryAsync, s => s.Changes == 6);
        Assert.Equal(6, summary.Changes);
        Assert.Equal((3, 3), ((await g1.GetSummaryAsync()).Changes, (await g2.GetSummaryAsync()).Changes));

        // A dwelling's report delivered again, or an older one arriving late, replaces nothing.
        var current = await Dwelling("2-1-001").GetSummaryAsync();
        await g2.ReportDwellingAsync(current);
        await g2.ReportDwellingAsync(before);
        var grid = await g2.GetSummaryAsync();
        Assert.Equal(3, grid.Changes);

        // Likewise a grid's report to the estate.
        await estate.ReportGridAsync(grid);
        await estate.ReportGridAsync(grid with { Version = grid.Version - 1, Changes = 1 });
        Assert.Equal(6, (await estate.GetSummaryAsync()).Changes);
        Assert.Equal(6, (await estate.GetStatusAsync()).Changes);

        // The grid's snapshot on deactivation and the estate's pull on activation keep the count.
        await fixture.Cluster.DeactivateAsync(g2);
        await fixture.Cluster.DeactivateAsync(estate);
        Assert.Equal(6, (await Wait.EventuallyAsync(estate.GetSummaryAsync, s => s.Changes == 6)).Changes);
    }

    [Fact]
    public async Task A_stale_or_repeated_estate_report_leaves_district_totals_right()
    {
        var id = await EstateWithOccupiedAsync("NS", 1, 0);
        var district = fixture.Grains.GetGrain<IDistrictGrain>(Keys.District("NS"));
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));
        var current = await Wait.EventuallyAsync(estate.GetSummaryAsync, s => s.Occupancy.Occupied == 1); // the grid has reported
        await Wait.EventuallyAsync(district.GetStatusAsync, s => s.Estates.Any(e => e.EstateId == id && e.Version >= current.Version));
        current = (await district.GetStatusAsync()).Estates.Single(e => e.EstateId == id);

        await district.ReportAsync(current);
        await district.ReportAsync(current with { Version = current.Version - 1, Occupancy = current.Occupancy with { Occupied = 0 } });
        await district.ReportAsync(current with { EstateId = "NS-NOTAMEMBER" });

        var status = await district.GetStatusAsync();
        Assert.Equal(1, status.Estates.Single(e => e.EstateId == id).Occupancy.Occupied);
        Assert.DoesNotContain(status.Estates, e => e.EstateId == "NS-NOTAMEMBER");
        Assert.Equal(status.Estates.Sum(e => e.Occupancy.Occupied), status.Occupancy.Occupied);
    }

    [Fact]
    public async Task City_totals_are_the_sum_of_its_districts()
    {
        await EstateWithOccupiedAsync("ZC", 1, 1);
        var city = fixture.Grains.GetGrain<ICityGrain>(Keys.City);

        var status = await Wait.EventuallyAsync(city.GetStatusAsync, s => s.Districts.Any(d => d.Code == "ZC" && d.Estates >= 1));

        Assert.Equal(status.Districts.Sum(d => d.Occupancy.Dwellings), status.Occupancy.Dwellings);
        Assert.Equal(status.Districts.Sum(d => d.Estates), status.Estates);
    }

    [Fact]
    public async Task An_estate_cannot_join_another_district()
    {
        var summary = new EstateSummary("TH-X1", "n", "TH", 1, new OccupancyCounts(0, 0, new Dictionary<OccupancyState, int>()));
        await Assert.ThrowsAsync<Errors.ConflictException>(() => fixture.Grains.GetGrain<IDistrictGrain>(Keys.District("HZ")).JoinAsync(summary));
    }

    [Fact]
    public async Task Grid_and_estate_figures_survive_deactivation()
    {
        var id = await EstateWithOccupiedAsync("LW", 2, 1);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));
        var grid = fixture.Grains.GetGrain<Anju.Grids.IGridGrain>(Keys.Grid(id, "G1"));
        await Wait.EventuallyAsync(estate.GetStatusAsync, s => s.Occupancy.Occupied == 2);

        await fixture.Cluster.DeactivateAsync(grid);
        await fixture.Cluster.DeactivateAsync(estate);

        var status = await Wait.EventuallyAsync(estate.GetStatusAsync, s => s.Occupancy.Occupied == 2);
        Assert.Equal((3, 2), (status.Occupancy.Dwellings, status.Occupancy.Occupied));
        Assert.Equal(3, (await grid.GetSummaryAsync()).Occupancy.Dwellings);
    }
}
