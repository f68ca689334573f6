using Anju.Common;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class EstateGrainTests(ClusterFixture fixture)
{
    private static readonly RegisterEstate Profile = new("棠德花苑", "TH", "棠下街", 52_000);

    private IEstateGrain Estate(string id) => fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));

    private IDwellingGrain Dwelling(string estateId, string id) => fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id));

    [Fact]
    public async Task Registered_estate_starts_empty()
    {
        var id = Fresh.EstateId();
        var status = await Estate(id).RegisterAsync(Profile);

        Assert.Equal(id, status.Profile.EstateId);
        Assert.Equal("棠德花苑", status.Profile.Name);
        Assert.Equal(0, status.Occupancy.Dwellings);
        Assert.True(await Estate(id).ExistsAsync());
    }

    [Fact]
    public async Task Repeating_the_same_registration_is_harmless_but_a_different_profile_conflicts()
    {
        var id = Fresh.EstateId();
        var first = await Estate(id).RegisterAsync(Profile);
        var again = await Estate(id).RegisterAsync(Profile);
        Assert.Equal(first.Version, again.Version);

        await Assert.ThrowsAsync<ConflictException>(() => Estate(id).RegisterAsync(Profile with { Name = "別的名字" }));
        Assert.Equal("棠德花苑", (await Estate(id).GetStatusAsync()).Profile.Name);
    }

    [Fact]
    public async Task Empty_name_is_refused_and_nothing_is_registered()
    {
        var id = Fresh.EstateId();
        var error = await Assert.ThrowsAsync<ValidationException>(() => Estate(id).RegisterAsync(Profile with { Name = " " }));
        Assert.Equal("name", error.Field);
        Assert.False(await Estate(id).ExistsAsync());
    }

    [Fact]
    public async Task Unknown_estate_is_not_found()
    {
        var id = Fresh.EstateId();
        await Assert.ThrowsAsync<NotFoundException>(() => Estate(id).GetStatusAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dwelling(id, "1-1-101").GetAsync());
    }

    [Fact]
    public async Task Duplicate_dwelling_is_a_conflict_and_counts_stay_right()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60));

        await Assert.ThrowsAsync<ConflictException>(() => Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60)));
        Assert.Equal(1, (await Estate(id).GetStatusAsync()).Occupancy.Dwellings);
    }

    [Fact]
    public async Task Bad_dwelling_fields_are_named()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        Assert.Equal("dwellingId", (await Assert.ThrowsAsync<ValidationException>(() => Estate(id).AddDwellingAsync(new AddDwelling("", 60)))).Field);
        Assert.Equal("floorArea", (await Assert.ThrowsAsync<ValidationException>(() => Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", -3)))).Field);
        Assert.Equal(0, (await Estate(id).GetStatusAsync()).Occupancy.Dwellings);
    }

    [Fact]
    public async Task Estate_counts_follow_its_dwellings_through_the_lifecycle()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60));
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-102", 45));

        var d = Dwelling(id, "1-1-101");
        await d.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", "lottery 2026-11"));
        await d.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));

        var status = await Estate(id).GetStatusAsync();
        Assert.Equal(2, status.Occupancy.Dwellings);
        Assert.Equal(1, status.Occupancy.Occupied);
        Assert.Equal(0.5, status.Occupancy.Rate);
        Assert.Equal(1, status.Occupancy.ByState[OccupancyState.Vacant]);

        var snapshot = await d.GetAsync();
        Assert.Equal(OccupancyState.Occupied, snapshot.State);
        Assert.Collection(snapshot.History,
            t => Assert.Equal((OccupancyState.Vacant, OccupancyState.Allocated, "clerk-1", "lottery 2026-11"), (t.From, t.To, t.Actor, t.Reason)),
            t => Assert.Equal((OccupancyState.Allocated, OccupancyState.Occupied), (t.From, t.To)));
    }

    [Fact]
    public async Task Illegal_transition_is_refused_and_changes_nothing()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60));
        var d = Dwelling(id, "1-1-101");

        await Assert.ThrowsAsync<ConflictException>(() => d.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null)));
        var snapshot = await d.GetAsync();
        Assert.Equal(OccupancyState.Vacant, snapshot.State);
        Assert.Empty(snapshot.History);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task Missing_actor_is_refused()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60));
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Dwelling(id, "1-1-101").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "", null)));
        Assert.Equal("actor", error.Field);
    }

    [Fact]
    public async Task Repeated_and_reordered_dwelling_reports_leave_totals_right()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).AddDwellingAsync(new AddDwelling("1-1-101", 60));
        var estate = Estate(id);

        await estate.ReportDwellingAsync(new DwellingSummary("1-1-101", 3, OccupancyState.Occupied));
        await estate.ReportDwellingAsync(new DwellingSummary("1-1-101", 3, OccupancyState.Occupied));
        await estate.ReportDwellingAsync(new DwellingSummary("1-1-101", 2, OccupancyState.Allocated));

        var status = await estate.GetStatusAsync();
        Assert.Equal(1, status.Occupancy.Dwellings);
        Assert.Equal(1, status.Occupancy.Occupied);
        Assert.Equal(0, status.Occupancy.ByState[OccupancyState.Allocated]);
    }

    [Fact]
    public async Task A_report_from_a_dwelling_that_is_not_a_member_is_refused()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Assert.ThrowsAsync<ConflictException>(() => Estate(id).ReportDwellingAsync(new DwellingSummary("9-9-909", 2, OccupancyState.Occupied)));
        Assert.Equal(0, (await Estate(id).GetStatusAsync()).Occupancy.Dwellings);
    }

    [Fact]
    public async Task Dwellings_list_in_pages()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        foreach (var n in new[] { "1-1-103", "1-1-101", "1-1-102" })
        {
            await Estate(id).AddDwellingAsync(new AddDwelling(n, 50));
        }

        var page = await Estate(id).ListDwellingsAsync(1, 5);
        Assert.Equal(["1-1-102", "1-1-103"], page.Select(d => d.DwellingId));
    }
}
