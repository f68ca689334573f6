using Anju.Errors;
using Anju.Facilities;
using static Anju.Tests.Rules.FacilitiesLifecycleTests;

namespace Anju.Tests.Rules;

/// <summary>What a work order keeps for its contract's scorecard: when it was accepted and repaired, and the
/// resident's rating (1–5), taken only on verify or close.</summary>
public class WorkOrderRatingTests
{
    [Fact]
    public void Accept_and_repair_stamp_their_times()
    {
        var accepted = WorkOrderLifecycle.Apply(Order(), new WorkOrderCommand(WorkOrderAction.Accept, 1, "物業 張"), T0.AddMinutes(12)).Next;
        var repaired = WorkOrderLifecycle.Apply(Order(WorkOrderStatus.OnSite), new WorkOrderCommand(WorkOrderAction.Repair, 1, "物業 張"), T0.AddHours(3)).Next;

        Assert.Equal(T0.AddMinutes(12), accepted.AcceptedAt);
        Assert.Null(accepted.RepairedAt);
        Assert.Equal(T0.AddHours(3), repaired.RepairedAt);
    }

    [Fact]
    public void A_rating_is_taken_on_verify_or_close_and_kept()
    {
        var verify = new WorkOrderCommand(WorkOrderAction.Verify, 1, "網格員 李") { Verifier = VerifierRole.GridStaff, Rating = 4 };
        var verified = WorkOrderLifecycle.Apply(Order(WorkOrderStatus.Repaired), verify, T0).Next;
        var state = Order(WorkOrderStatus.Verified);
        state.Summary = state.Summary! with { Rating = 4 };
        var closed = WorkOrderLifecycle.Apply(state, new WorkOrderCommand(WorkOrderAction.Close, 1, "網格員 李"), T0).Next;

        Assert.Equal(4, verified.Rating);
        Assert.Equal(4, closed.Rating);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Repaired, WorkOrderAction.Verify, 0)]
    [InlineData(WorkOrderStatus.Verified, WorkOrderAction.Close, 6)]
    [InlineData(WorkOrderStatus.Reported, WorkOrderAction.Accept, 5)]
    public void A_rating_out_of_range_or_on_another_step_names_rating(WorkOrderStatus status, WorkOrderAction action, int rating)
    {
        var command = new WorkOrderCommand(action, 1, "網格員 李") { Verifier = VerifierRole.GridStaff, Rating = rating };

        Assert.Equal("rating", Assert.Throws<ValidationException>(() => WorkOrderLifecycle.Apply(Order(status), command, T0)).Field);
    }
}
