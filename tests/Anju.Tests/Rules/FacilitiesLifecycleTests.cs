using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class FacilitiesLifecycleTests
{
    internal static readonly DateTimeOffset T0 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    internal static readonly Facility Lift = new("L1", FacilityType.Lift, "1號梯", "B1", null, "G1");
    internal static readonly WorkOrderClock Trapped = new FacilityOptions().ClockFor(FaultCatalogue.TrappedPassenger, IncidentSeverity.Critical);

    internal static WorkOrderState Order(WorkOrderStatus status = WorkOrderStatus.Reported, string code = FaultCatalogue.TrappedPassenger, long version = 1)
    {
        var command = new OpenWorkOrder("TH-0001", "TH", WorkOrderKind.Corrective, Lift, code, IncidentSeverity.Critical, FaultSource.Resident, "居民 王", "困人",
            new WorkOrderRoute("PC-1", "PC-1", "安居物業", null), T0);
        var opened = WorkOrderIntake.Open("WO-20261207-ABCDEF", command, Trapped, T0);
        var summary = opened.Next with { Status = status, Version = version, Deadlines = WorkOrderClocks.Settle(opened.Clock, status) };
        return new WorkOrderState { Summary = summary, Clock = opened.Clock, ReportedBy = "居民 王", Facility = Lift };
    }

    private static WorkOrderCommand Cmd(WorkOrderAction action, string actor = "物業 張", long version = 1) => new(action, version, actor);

    [Theory]
    [InlineData(WorkOrderStatus.Reported, WorkOrderAction.Accept, WorkOrderStatus.Accepted)]
    [InlineData(WorkOrderStatus.Accepted, WorkOrderAction.Dispatch, WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Dispatched, WorkOrderAction.ArriveOnSite, WorkOrderStatus.OnSite)]
    [InlineData(WorkOrderStatus.OnSite, WorkOrderAction.Repair, WorkOrderStatus.Repaired)]
    [InlineData(WorkOrderStatus.Repaired, WorkOrderAction.Verify, WorkOrderStatus.Verified)]
    [InlineData(WorkOrderStatus.Repaired, WorkOrderAction.SendBack, WorkOrderStatus.OnSite)]
    [InlineData(WorkOrderStatus.Verified, WorkOrderAction.Close, WorkOrderStatus.Closed)]
    [InlineData(WorkOrderStatus.Reported, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled)]
    [InlineData(WorkOrderStatus.Verified, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled)]
    public void Every_documented_step_leads_where_the_spec_says(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus to) =>
        Assert.Equal(to, WorkOrderLifecycle.Next(from, action));

    [Theory]
    [InlineData(WorkOrderStatus.Reported, WorkOrderAction.Close)]
    [InlineData(WorkOrderStatus.Repaired, WorkOrderAction.Close)]
    [InlineData(WorkOrderStatus.Reported, WorkOrderAction.Repair)]
    [InlineData(WorkOrderStatus.OnSite, WorkOrderAction.Verify)]
    [InlineData(WorkOrderStatus.Closed, WorkOrderAction.Cancel)]
    [InlineData(WorkOrderStatus.Cancelled, WorkOrderAction.Accept)]
    public void Illegal_steps_are_conflicts(WorkOrderStatus from, WorkOrderAction action) =>
        Assert.Throws<ConflictException>(() => WorkOrderLifecycle.Next(from, action));

    [Fact]
    public void Closing_unverified_says_the_repair_must_be_verified() =>
        Assert.Contains("verified", Assert.Throws<ConflictException>(() => WorkOrderLifecycle.Next(WorkOrderStatus.Repaired, WorkOrderAction.Close)).Message);

    [Fact]
    public void A_stale_version_is_a_conflict() =>
        Assert.Throws<ConflictException>(() => WorkOrderLifecycle.Apply(Order(), Cmd(WorkOrderAction.Accept, version: 0), T0));

    [Fact]
    public void Only_the_reporter_verifies_as_the_reporter()
    {
        var repaired = Order(WorkOrderStatus.Repaired);

        Assert.Throws<ConflictException>(() => WorkOrderLifecycle.Apply(repaired, Cmd(WorkOrderAction.Verify) with { Verifier = VerifierRole.Reporter }, T0));
        var verified = WorkOrderLifecycle.Apply(repaired, Cmd(WorkOrderAction.Verify, "居民 王") with { Verifier = VerifierRole.Reporter }, T0);
        Assert.Equal(WorkOrderStatus.Verified, verified.Next.Status);
        var byGrid = WorkOrderLifecycle.Apply(repaired, Cmd(WorkOrderAction.Verify, "網格員 李") with { Verifier = VerifierRole.GridStaff }, T0);
        Assert.Equal("verified as GridStaff", byGrid.Step.Note);
    }

    [Theory]
    [InlineData(WorkOrderAction.Verify, "verifier")]
    [InlineData(WorkOrderAction.SendBack, "reason")]
    [InlineData(WorkOrderAction.Cancel, "reason")]
    public void Missing_fields_name_the_field(WorkOrderAction action, string field) =>
        Assert.Equal(field, Assert.Throws<ValidationException>(() => WorkOrderLifecycle.Apply(Order(WorkOrderStatus.Repaired), Cmd(action), T0)).Field);

    [Fact]
    public void Cancel_needs_an_approver_and_dispatch_an_assignee()
    {
        Assert.Equal("approver", Assert.Throws<ValidationException>(() => WorkOrderLifecycle.Apply(Order(), Cmd(WorkOrderAction.Cancel) with { Reason = "重複" }, T0)).Field);
        Assert.Equal("assignee", Assert.Throws<ValidationException>(() => WorkOrderLifecycle.Apply(Order(WorkOrderStatus.Accepted), Cmd(WorkOrderAction.Dispatch), T0)).Field);
        var cancelled = WorkOrderLifecycle.Apply(Order(), Cmd(WorkOrderAction.Cancel) with { Reason = "重複", Approver = ApproverRole.GridLeader }, T0);
        Assert.Equal((WorkOrderStatus.Cancelled, T0), (cancelled.Next.Status, cancelled.Next.ClosedAt));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void Cost_is_yuan_from_zero_with_two_decimals(double cost) =>
        Assert.Equal("cost", Assert.Throws<ValidationException>(() =>
            WorkOrderLifecycle.Apply(Order(WorkOrderStatus.OnSite), Cmd(WorkOrderAction.Repair) with { Cost = (decimal)cost }, T0)).Field);

    [Fact]
    public void A_repair_records_its_cost_and_category_and_a_send_back_restores_the_repair_clock()
    {
        var repaired = WorkOrderLifecycle.Apply(Order(WorkOrderStatus.OnSite), Cmd(WorkOrderAction.Repair) with { Cost = 120.5m, CostCategory = "parts" }, T0.AddHours(1));
        Assert.Equal((120.5m, "parts"), (repaired.Next.Cost, repaired.CostCategory));
        Assert.Null(repaired.Next.Deadlines.RepairBy);

        var state = Order(WorkOrderStatus.Repaired, version: 2);
        var sentBack = WorkOrderLifecycle.Apply(state, Cmd(WorkOrderAction.SendBack, version: 2) with { Reason = "仍困人" }, T0.AddHours(2));

        Assert.Equal((WorkOrderStatus.OnSite, 1, T0 + Trapped.Repair), (sentBack.Next.Status, sentBack.Next.SentBack, sentBack.Next.Deadlines.RepairBy));
    }

    [Fact]
    public void A_breach_climbs_one_rung_restarts_the_clock_and_marks_the_order_overdue()
    {
        var order = Order();
        var late = T0 + Trapped.Accept + TimeSpan.FromSeconds(1);

        var breach = WorkOrderLifecycle.Breach(order.Summary!, order.Clock!, Trapped, late);

        Assert.Equal((EscalationLevel.Estate, true, "Escalate"), (breach.Next.Level, breach.Next.Overdue, breach.Step.Action));
        Assert.Equal(late + Trapped.Accept, breach.Clock.AcceptBy);
        Assert.Equal(T0 + Trapped.OnSite, breach.Clock.OnSiteBy);
    }

    [Fact]
    public void At_the_top_of_the_ladder_a_breach_is_recorded_and_that_clock_stops()
    {
        var order = Order();
        var top = order.Summary! with { Level = EscalationLevel.District };

        var breach = WorkOrderLifecycle.Breach(top, order.Clock!, Trapped, T0 + Trapped.Accept);

        Assert.Equal((EscalationLevel.District, "Breach"), (breach.Next.Level, breach.Step.Action));
        Assert.Null(breach.Clock.AcceptBy);
    }

    [Fact]
    public void Two_clocks_running_out_together_climb_one_rung()
    {
        var order = Order();

        var breach = WorkOrderLifecycle.Breach(order.Summary!, order.Clock!, Trapped, T0 + Trapped.OnSite);

        Assert.Equal(EscalationLevel.Estate, breach.Next.Level);
        Assert.True(breach.Clock.AcceptBy > T0 + Trapped.OnSite && breach.Clock.OnSiteBy > T0 + Trapped.OnSite);
    }
}
