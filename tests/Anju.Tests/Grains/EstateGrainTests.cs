using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Grids;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class EstateGrainTests(ClusterFixture fixture)
{
    private IEstateGrain Estate(string id) => fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));

    private IDwellingGrain DwellingGrain(string estateId, string id) => fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id));

    private Task<EstateStatus> StatusWhenAsync(string id, Func<EstateStatus, bool> done) => EventuallyAsync(Estate(id).GetStatusAsync, done);

    [Fact]
    public async Task Registered_estate_starts_empty()
    {
        var id = Fresh.EstateId();
        var status = await Estate(id).RegisterAsync(Profile);

        Assert.Equal(id, status.Profile.EstateId);
        Assert.Equal("棠德花苑", status.Profile.Name);
        Assert.Equal(0, status.Occupancy.Dwellings);
        Assert.Equal(100, status.Health!.Score);
        Assert.True(await Estate(id).ExistsAsync());
    }

    /// <summary>A dwelling remembers its latest <c>Dwellings:CommandIdsKept</c> (16) command ids, in its journaled state:
    /// a repeat inside that window applies nothing, an id pushed out of it is a new command again.</summary>
    [Fact]
    public async Task A_dwelling_remembers_its_command_ids_for_the_window_whatever_the_traffic()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("D-1"));
        var dwelling = DwellingGrain(id, "D-1");
        var payment = new Residency.RentPayment(new DateOnly(2026, 1, 5), 100m);

        var first = await dwelling.RecordRentPaymentAsync(payment, "p-0");
        var repeat = await dwelling.RecordRentPaymentAsync(payment, "p-0");
        Assert.Equal((2L, 100m), (first.Version, first.Rent!.Credit));
        Assert.Equal((2L, 100m), (repeat.Version, repeat.Rent!.Credit));

        for (var i = 1; i <= 16; i++)
        {
            await dwelling.RecordRentPaymentAsync(payment, $"p-{i}");
        }

        // 16 newer ids no longer push it out (issue 22: a payment retried after them was applied twice); ids are kept for
        // Dwellings:CommandIdWindow instead, and forgotten after it (CommandIdsTests).
        var retried = await dwelling.RecordRentPaymentAsync(payment, "p-0");
        Assert.Equal((18L, 1_700m), (retried.Version, retried.Rent!.Credit));
        Assert.Equal(18L, (await dwelling.RecordRentPaymentAsync(payment, "p-16")).Version);
        await Assert.ThrowsAsync<ValidationException>(() => dwelling.RecordRentPaymentAsync(payment, " p-17"));
        Assert.Equal(18L, (await dwelling.GetAsync()).Version);
    }

    [Fact]
    public async Task Repeating_the_same_registration_is_harmless_but_a_different_profile_conflicts()
    {
        var id = Fresh.EstateId();
        await Estate(id).RegisterAsync(Profile);
        await Estate(id).RegisterAsync(Profile);

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
        await Assert.ThrowsAsync<NotFoundException>(() => Estate(id).AddDwellingAsync(Dwelling("1-1-101")));
        await Assert.ThrowsAsync<NotFoundException>(() => DwellingGrain(id, "1-1-101").GetAsync());
    }

    [Fact]
    public async Task A_repeated_dwelling_is_harmless_but_different_details_conflict()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));
        await estate.AddDwellingAsync(Dwelling("1-1-101"));

        await Assert.ThrowsAsync<ConflictException>(() => estate.AddDwellingAsync(Dwelling("1-1-101", floorArea: 75)));
        var status = await StatusWhenAsync(id, s => s.Occupancy.Dwellings == 1);
        Assert.Equal(1, status.Occupancy.Dwellings);
    }

    [Theory]
    [InlineData("", 60, "B1", "dwellingId")]
    [InlineData("1-1-101", -3, "B1", "floorArea")]
    [InlineData("1-1-101", 60, "B9", "buildingId")]
    public async Task Bad_dwelling_fields_are_named_and_nothing_is_added(string dwellingId, double area, string building, string field)
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        var error = await Assert.ThrowsAsync<ValidationException>(() => estate.AddDwellingAsync(Dwelling(dwellingId, area, building: building)));
        Assert.Equal(field, error.Field);
        Assert.Equal(0, (await estate.ListDwellingsAsync(0, 10)).Total);
    }

    [Fact]
    public async Task A_bulk_add_with_one_bad_row_adds_nothing()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await Assert.ThrowsAsync<ValidationException>(() => estate.AddDwellingsAsync([Dwelling("1-1-101"), Dwelling("1-1-102", building: "B9")]));
        await Assert.ThrowsAsync<ValidationException>(() => estate.AddDwellingsAsync([Dwelling("1-1-101"), Dwelling("1-1-101")]));
        Assert.Equal(0, (await estate.ListDwellingsAsync(0, 10)).Total);
    }

    [Fact]
    public async Task Estate_counts_follow_its_dwellings_through_the_lifecycle()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingsAsync([Dwelling("1-1-101"), Dwelling("1-1-102", 45)]);

        var d = DwellingGrain(id, "1-1-101");
        await d.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", "lottery 2026-11"));
        await d.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));

        var status = await StatusWhenAsync(id, s => s.Occupancy.Occupied == 1);
        Assert.Equal(2, status.Occupancy.Dwellings);
        Assert.Equal(0.5, status.Occupancy.Rate);
        Assert.Equal(1, status.Occupancy.ByState[OccupancyState.Vacant]);
        Assert.Equal((1, 1, 1), (status.Grids, status.Buildings, status.Residency.Households));

        var snapshot = await d.GetAsync();
        Assert.Equal(OccupancyState.Occupied, snapshot.State);
        Assert.Equal("G1", snapshot.GridId);
        Assert.Collection(snapshot.History,
            t => Assert.Equal((OccupancyState.Vacant, OccupancyState.Allocated, "clerk-1", "lottery 2026-11"), (t.From, t.To, t.Actor, t.Reason)),
            t => Assert.Equal((OccupancyState.Allocated, OccupancyState.Occupied), (t.From, t.To)));
    }

    [Fact]
    public async Task Illegal_transition_is_refused_and_changes_nothing()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));
        var d = DwellingGrain(id, "1-1-101");

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
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            DwellingGrain(id, "1-1-101").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "", null)));
        Assert.Equal("actor", error.Field);
    }

    [Fact]
    public async Task Repeated_and_reordered_dwelling_reports_leave_grid_totals_right()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));
        var grid = fixture.Grains.GetGrain<IGridGrain>(Keys.Grid(id, "G1"));

        await grid.ReportDwellingAsync(new DwellingSummary("1-1-101", 3, OccupancyState.Occupied) { Residents = 3 });
        await grid.ReportDwellingAsync(new DwellingSummary("1-1-101", 3, OccupancyState.Occupied) { Residents = 3 });
        await grid.ReportDwellingAsync(new DwellingSummary("1-1-101", 2, OccupancyState.Allocated));
        await grid.ReportDwellingAsync(new DwellingSummary("9-9-909", 2, OccupancyState.Occupied));

        var summary = await grid.GetSummaryAsync();
        Assert.Equal((1, 1, 3), (summary.Occupancy.Dwellings, summary.Occupancy.Occupied, summary.Residency.Residents));
        var status = await StatusWhenAsync(id, s => s.Residency.Residents == 3);
        Assert.Equal((1, 1, 3), (status.Occupancy.Dwellings, status.Occupancy.Occupied, status.Residency.Residents));
    }

    [Fact]
    public async Task Onboarding_a_lived_in_estate_records_households_and_their_residents()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        var household = new Residency.Household(3, "H-0007", Residency.SpecialGroups.ElderlyLivingAlone, Residency.SecondAddressRegistration.Registered);
        await estate.AddDwellingsAsync(
        [
            Dwelling("1-1-101") with { InitialState = OccupancyState.Occupied, Household = household },
            Dwelling("1-1-102") with { InitialState = OccupancyState.UnderRepair },
        ]);

        var status = await StatusWhenAsync(id, s => s.Occupancy.Dwellings == 2);
        Assert.Equal((1, 3, 1), (status.Residency.Households, status.Residency.Residents, status.Residency.SpecialGroupHouseholds));
        Assert.Equal(1, status.Occupancy.ByState[OccupancyState.UnderRepair]);
        var history = (await DwellingGrain(id, "1-1-101").GetAsync()).History;
        Assert.Equal(OccupancyAction.Onboard, Assert.Single(history).Action);
    }

    [Fact]
    public async Task A_household_for_a_vacant_dwelling_is_refused_before_anything_is_created()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        var household = new Residency.Household(3, "H-0008", Residency.SpecialGroups.None, Residency.SecondAddressRegistration.NotRegistered);
        var error = await Assert.ThrowsAsync<ValidationException>(() => estate.AddDwellingsAsync(
            [Dwelling("1-1-101"), Dwelling("1-1-102") with { Household = household }]));
        Assert.Equal("household", error.Field);
        Assert.Equal(0, (await estate.ListDwellingsAsync(0, 10)).Total);
    }

    [Fact]
    public async Task Dwellings_list_in_pages_across_grids()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.DefineGridAsync(new DefineGrid("G2", "第二網格", null));
        await estate.AddBuildingAsync(new AddBuilding("B2", "2棟", "G2", 10));
        await estate.AddDwellingsAsync([Dwelling("1-1-103"), Dwelling("1-1-101"), Dwelling("2-1-102", building: "B2")]);

        var (page, total) = await estate.ListDwellingsAsync(1, 5);
        Assert.Equal(3, total);
        Assert.Equal(["1-1-103", "2-1-102"], page.Select(d => d.DwellingId));
    }

    [Fact]
    public async Task A_review_date_in_the_future_is_refused_before_anything_is_created()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        var household = new Residency.Household(2, "H-0009", Residency.SpecialGroups.None, Residency.SecondAddressRegistration.NotRegistered);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var error = await Assert.ThrowsAsync<ValidationException>(() => estate.AddDwellingsAsync(
            [Dwelling("1-1-101"), Dwelling("1-1-102") with { InitialState = OccupancyState.Occupied, Household = household, LastReviewedOn = tomorrow }]));
        Assert.Equal("lastReviewedOn", error.Field);
        Assert.Equal(0, (await estate.ListDwellingsAsync(0, 10)).Total);
    }

    [Fact]
    public async Task When_one_dwelling_of_a_batch_conflicts_the_others_still_join_their_grid()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));

        // 1-1-101 exists with 60 m²: the batch's 45 m² copy is a conflict found only by the dwelling.
        await Assert.ThrowsAsync<ConflictException>(() => estate.AddDwellingsAsync([Dwelling("1-1-101", 45), Dwelling("1-1-102"), Dwelling("1-1-103")]));

        var (items, total) = await estate.ListDwellingsAsync(0, 10);
        Assert.Equal(3, total);
        Assert.Equal(["1-1-101", "1-1-102", "1-1-103"], items.Select(d => d.DwellingId));
        var status = await StatusWhenAsync(id, s => s.Occupancy.Dwellings == 3);
        Assert.Equal(3, status.Occupancy.ByState[OccupancyState.Vacant]);
    }
}
