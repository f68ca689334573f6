using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class DwellingChangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Household Family = new(3, "Chen Wei", SpecialGroups.None, SecondAddressRegistration.NotRegistered);

    private static CreateDwelling Create(OccupancyState initial = OccupancyState.Vacant, Household? household = null) =>
        new("TH-0001", "1-1-101", 48.5, "G1", new DwellingAddress("1", 1, 1, "101"), new Tenure(TenureType.PublicRental, null))
        {
            InitialState = initial,
            Household = household,
        };

    [Fact]
    public void A_vacant_dwelling_starts_at_version_1_with_no_trail()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(), null, Now);

        Assert.Equal((1L, OccupancyState.Vacant, "G1"), (state.Version, state.State, state.GridId));
        Assert.Empty(state.History);
        Assert.Null(state.LastReviewedOn);
    }

    [Fact]
    public void A_dwelling_onboarded_as_occupied_records_the_step_and_starts_its_review_cycle_today()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(OccupancyState.Occupied, Family), Family, Now);

        var step = Assert.Single(state.History);
        Assert.Equal((OccupancyState.Vacant, OccupancyState.Occupied, OccupancyAction.Onboard), (step.From, step.To, step.Action));
        Assert.Equal(new DateOnly(2026, 5, 1), state.LastReviewedOn);
        Assert.Equal(Family, state.Household);
    }

    [Fact]
    public void A_household_in_a_dwelling_that_starts_vacant_is_refused_naming_the_field()
    {
        var refused = Assert.Throws<ValidationException>(() => DwellingChanges.Create(new DwellingState(), Create(household: Family), Family, Now));
        Assert.Equal("household", refused.Field);
    }

    [Fact]
    public void A_review_date_in_the_future_is_refused()
    {
        var command = Create(OccupancyState.Occupied, Family) with { LastReviewedOn = new DateOnly(2026, 5, 2) };
        var refused = Assert.Throws<ValidationException>(() => DwellingChanges.Create(new DwellingState(), command, Family, Now));
        Assert.Equal("lastReviewedOn", refused.Field);
    }

    [Fact]
    public void A_repeated_creation_matches_until_the_first_change_then_ignores_the_starting_occupancy()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(OccupancyState.Allocated, Family), Family, Now);
        Assert.True(DwellingChanges.IsSameCreation(state, Create(OccupancyState.Allocated, Family)));
        Assert.False(DwellingChanges.IsSameCreation(state, Create()));

        state.Version = 2;
        Assert.True(DwellingChanges.IsSameCreation(state, Create()));
        Assert.False(DwellingChanges.IsSameCreation(state, Create() with { FloorArea = 50 }));
    }

    [Fact]
    public void Moving_in_starts_the_review_cycle_and_a_completed_exit_clears_household_and_review()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(OccupancyState.Allocated, Family), Family, Now);

        DwellingChanges.Move(state, OccupancyState.Occupied, new ChangeOccupancy(OccupancyAction.MoveIn, "clerk", " keys handed over "), "clerk", Now);
        Assert.Equal((OccupancyState.Occupied, new DateOnly(2026, 5, 1)), (state.State, state.LastReviewedOn));
        Assert.Equal("keys handed over", state.History[^1].Reason);

        state.ReviewReceivedOn = new DateOnly(2026, 5, 1);
        DwellingChanges.Move(state, OccupancyState.Vacated, new ChangeOccupancy(OccupancyAction.CompleteExit, "clerk", null), "clerk", Now);
        Assert.Equal((OccupancyState.Vacated, (Household?)null, (DateOnly?)null, (DateOnly?)null),
            (state.State, state.Household, state.LastReviewedOn, state.ReviewReceivedOn));
    }

    [Fact]
    public void A_step_names_where_it_leads_and_the_actor_and_onboarding_or_an_unknown_action_is_refused()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(OccupancyState.Allocated, Family), Family, Now);

        Assert.Equal((OccupancyState.Occupied, "clerk"), DwellingChanges.Step(state, new ChangeOccupancy(OccupancyAction.MoveIn, " clerk ", null)));
        Assert.Equal("action", Assert.Throws<ValidationException>(() => DwellingChanges.Step(state, new ChangeOccupancy(OccupancyAction.Onboard, "clerk", null))).Field);
        Assert.Equal("action", Assert.Throws<ValidationException>(() => DwellingChanges.Step(state, new ChangeOccupancy((OccupancyAction)99, "clerk", null))).Field);
        Assert.Equal("actor", Assert.Throws<ValidationException>(() => DwellingChanges.Step(state, new ChangeOccupancy(OccupancyAction.MoveIn, " ", null))).Field);
    }

    [Fact]
    public void A_household_is_recorded_only_while_allocated_or_lived_in_and_may_always_be_cleared()
    {
        var vacant = new DwellingState();
        DwellingChanges.Create(vacant, Create(), null, Now);
        var allocated = new DwellingState();
        DwellingChanges.Create(allocated, Create(OccupancyState.Allocated, Family), Family, Now);

        DwellingChanges.CheckHousehold(allocated, Family);
        DwellingChanges.CheckHousehold(vacant, null);
        Assert.Throws<ConflictException>(() => DwellingChanges.CheckHousehold(vacant, Family));
    }

    [Fact]
    public void A_review_is_received_only_for_a_lived_in_dwelling_and_not_from_the_future()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var occupied = new DwellingState();
        DwellingChanges.Create(occupied, Create(OccupancyState.Occupied, Family), Family, Now);
        var vacant = new DwellingState();
        DwellingChanges.Create(vacant, Create(), null, Now);

        DwellingChanges.CheckReview(occupied, today, today);
        Assert.Equal("receivedOn", Assert.Throws<ValidationException>(() => DwellingChanges.CheckReview(occupied, today.AddDays(1), today)).Field);
        Assert.Throws<ConflictException>(() => DwellingChanges.CheckReview(vacant, today, today));
    }

    [Fact]
    public void An_applied_change_is_the_next_version_and_its_command_id_is_remembered_with_that_version()
    {
        var state = new DwellingState();
        DwellingChanges.Create(state, Create(), null, Now);

        DwellingChanges.Apply(state, s => s.FloorArea = 50, "k1", "floor", 7, Now, TimeSpan.FromHours(24));
        DwellingChanges.Apply(state, s => s.FloorArea = 51, null, "floor", null, Now, TimeSpan.FromHours(24));

        Assert.Equal((3L, 51.0), (state.Version, state.FloorArea));
        Assert.Equal(new CommandSeen("k1", "floor", 2, 7, Now), Assert.Single(state.CommandsSeen));
    }
}
