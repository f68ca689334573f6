using Anju.Dwellings;
using Anju.Errors;

namespace Anju.Tests.Rules;

public class OccupancyRulesTests
{
    [Theory]
    [InlineData(OccupancyState.Vacant, OccupancyAction.Allocate, OccupancyState.Allocated)]
    [InlineData(OccupancyState.Allocated, OccupancyAction.MoveIn, OccupancyState.Occupied)]
    [InlineData(OccupancyState.Allocated, OccupancyAction.CancelAllocation, OccupancyState.Vacant)]
    [InlineData(OccupancyState.Occupied, OccupancyAction.RequestExit, OccupancyState.ExitRequested)]
    [InlineData(OccupancyState.ExitRequested, OccupancyAction.WithdrawExit, OccupancyState.Occupied)]
    [InlineData(OccupancyState.ExitRequested, OccupancyAction.CompleteExit, OccupancyState.Vacated)]
    [InlineData(OccupancyState.Vacated, OccupancyAction.StartInspection, OccupancyState.UnderInspection)]
    [InlineData(OccupancyState.UnderInspection, OccupancyAction.PassInspection, OccupancyState.Vacant)]
    [InlineData(OccupancyState.Vacant, OccupancyAction.StartRepair, OccupancyState.UnderRepair)]
    [InlineData(OccupancyState.UnderRepair, OccupancyAction.FinishRepair, OccupancyState.Vacant)]
    [InlineData(OccupancyState.Vacated, OccupancyAction.Release, OccupancyState.Vacant)]
    public void Legal_step_leads_to_the_documented_state(OccupancyState from, OccupancyAction action, OccupancyState to) =>
        Assert.Equal(to, OccupancyRules.Next(from, action));

    [Theory]
    [InlineData(OccupancyState.Vacant, OccupancyAction.MoveIn)]
    [InlineData(OccupancyState.Occupied, OccupancyAction.Allocate)]
    [InlineData(OccupancyState.Occupied, OccupancyAction.CompleteExit)]
    [InlineData(OccupancyState.UnderRepair, OccupancyAction.Allocate)]
    [InlineData(OccupancyState.Occupied, OccupancyAction.StartRepair)]
    public void Illegal_step_is_refused_with_a_conflict(OccupancyState from, OccupancyAction action)
    {
        Assert.Null(OccupancyRules.TryNext(from, action));
        var error = Assert.Throws<ConflictException>(() => OccupancyRules.Next(from, action));
        Assert.Contains(action.ToString(), error.Message);
    }

    [Fact]
    public void A_household_lives_in_occupied_and_exit_requested_dwellings_only()
    {
        var livedIn = Enum.GetValues<OccupancyState>().Where(OccupancyRules.IsLivedIn).ToArray();
        Assert.Equal([OccupancyState.Occupied, OccupancyState.ExitRequested], livedIn);
    }

    [Fact]
    public void Every_state_has_a_way_out()
    {
        foreach (var state in Enum.GetValues<OccupancyState>())
        {
            Assert.NotEmpty(OccupancyRules.LegalFrom(state));
        }
    }

    [Theory]
    [InlineData(OccupancyState.Allocated, true)]
    [InlineData(OccupancyState.Occupied, true)]
    [InlineData(OccupancyState.ExitRequested, true)]
    [InlineData(OccupancyState.Vacant, false)]
    [InlineData(OccupancyState.Vacated, false)]
    [InlineData(OccupancyState.UnderInspection, false)]
    [InlineData(OccupancyState.UnderRepair, false)]
    public void Only_an_allocated_or_lived_in_dwelling_may_have_a_household(OccupancyState state, bool may) =>
        Assert.Equal(may, OccupancyRules.MayHaveHousehold(state));
}
