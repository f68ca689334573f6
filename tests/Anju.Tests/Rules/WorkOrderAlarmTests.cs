using Anju.Alarms;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Security;
using static Anju.Tests.Rules.FacilitiesLifecycleTests;

namespace Anju.Tests.Rules;

/// <summary>An overdue work order as a stream alarm: none before a breach, open from the latest breach with the order's
/// severity and place, cleared once the repair is verified or the order closes or is cancelled.</summary>
public class WorkOrderAlarmTests
{
    private static WorkOrderState Breached(WorkOrderState order, DateTimeOffset at)
    {
        var breach = WorkOrderLifecycle.Breach(order.Summary!, order.Clock!, Trapped, at);
        (order.Summary, order.Clock) = (breach.Next, breach.Clock);
        order.History.Add(breach.Step);
        return order;
    }

    private static WorkOrderState Step(WorkOrderState order, WorkOrderAction action, DateTimeOffset at, string actor = "物業 張")
    {
        var step = WorkOrderLifecycle.Apply(order, new WorkOrderCommand(action, order.Summary!.Version, actor)
        {
            Assignee = "維保組 陳",
            Reason = "重複報修",
            Approver = ApproverRole.EstateSupervisor,
            Verifier = VerifierRole.Reporter,
        }, at);
        (order.Summary, order.Clock) = (step.Next, step.Clock);
        order.History.Add(step.Step);
        return order;
    }

    private static StreamAlarm? Of(WorkOrderState order) => WorkOrderAlarm.Of(order.Summary!, order.History, order.Facility);

    [Fact]
    public void An_order_that_never_breached_has_no_alarm() =>
        Assert.Null(Of(Step(Order(), WorkOrderAction.Accept, T0.AddMinutes(1))));

    [Fact]
    public void A_breached_order_is_an_open_alarm_with_its_severity_place_stage_and_level()
    {
        var at = T0 + Trapped.Accept;
        var order = Breached(Order(), at);

        var alarm = Of(order)!;

        Assert.Equal(StreamAlarm.IdOf(AlarmSource.WorkOrders, "TH-0001", "WO-20261207-ABCDEF"), alarm.AlarmId);
        Assert.Equal((AlarmSource.WorkOrders, WorkOrderAlarm.Type, "TH", AlarmSeverity.Critical), (alarm.Source, alarm.Type, alarm.District, alarm.Severity));
        Assert.Equal((AlarmState.ActiveUnacknowledged, at, order.Summary!.Version * 2), (alarm.State, alarm.RaisedAt, alarm.Version));
        Assert.Equal(("B1", "G1", "WO-20261207-ABCDEF", "L1"), (alarm.BuildingId, alarm.GridId, alarm.WorkOrderId, alarm.Originator));
        Assert.Contains("1號梯", alarm.Detail);
        Assert.Contains(nameof(WorkOrderStage.Accept), alarm.Detail);
        Assert.Contains(order.Summary.Level.ToString(), alarm.Detail);
        Assert.Equal((AlarmSource.WorkOrders, "TH-0001", "WO-20261207-ABCDEF"), StreamAlarm.Parse(alarm.AlarmId));
    }

    [Fact]
    public void Work_on_the_order_keeps_the_alarm_open_and_a_later_breach_raises_it_again()
    {
        var first = T0 + Trapped.Accept;
        var order = Step(Breached(Order(), first), WorkOrderAction.Accept, first.AddMinutes(1));
        Assert.Equal((AlarmState.ActiveUnacknowledged, first), (Of(order)!.State, Of(order)!.RaisedAt));

        var again = T0 + Trapped.Repair;
        Assert.Equal(again, Of(Breached(order, again))!.RaisedAt);
    }

    [Theory]
    [InlineData(WorkOrderAction.Verify)]
    [InlineData(WorkOrderAction.Close)]
    [InlineData(WorkOrderAction.Cancel)]
    public void A_verified_closed_or_cancelled_order_clears_its_alarm(WorkOrderAction last)
    {
        var order = Breached(Order(), T0 + Trapped.Accept);
        var at = T0.AddHours(1);
        foreach (var action in new[] { WorkOrderAction.Accept, WorkOrderAction.Dispatch, WorkOrderAction.ArriveOnSite, WorkOrderAction.Repair })
        {
            order = last == WorkOrderAction.Cancel ? order : Step(order, action, at);
        }

        order = last == WorkOrderAction.Close ? Step(order, WorkOrderAction.Verify, at, "居民 王") : order;
        order = Step(order, last, at.AddMinutes(5), last == WorkOrderAction.Verify ? "居民 王" : "物業 張");
        var cleared = Of(order)!;

        Assert.Equal((AlarmState.Cleared, (DateTimeOffset?)(last == WorkOrderAction.Close ? at : at.AddMinutes(5))), (cleared.State, cleared.ClearedAt));
        Assert.False(cleared.IsOpen);
    }

    [Fact]
    public void The_streams_acknowledgement_survives_the_order_being_verified_then_closed()
    {
        var order = Breached(Order(), T0 + Trapped.Accept);
        var raised = Of(order)!;
        var ack = new EscalationAck("指揮中心 趙", raised.RaisedAt.AddMinutes(1), raised.RaisedAt);
        var acked = EscalationAcks.Overlay(raised, ack);
        Assert.Equal((raised.Version + 1, AlarmState.ActiveAcknowledged), (acked.Version, acked.State));

        var cleared = Of(Step(order, WorkOrderAction.Cancel, T0.AddHours(1)))!;
        var held = EscalationAcks.Overlay(cleared, EscalationAcks.Of(ack, acked));
        Assert.Equal((AlarmState.Cleared, "指揮中心 趙"), (held.State, held.AcknowledgedBy));
        var reportedAgain = cleared with { Version = cleared.Version + 2 }; // the ack was forgotten once it cleared
        Assert.Equal("指揮中心 趙", EscalationAcks.Overlay(reportedAgain, EscalationAcks.Of(null, held)).AcknowledgedBy);
        Assert.Null(EscalationAcks.Of(null, cleared));
    }

    [Theory]
    [InlineData(IncidentSeverity.Critical, AlarmSeverity.Critical)]
    [InlineData(IncidentSeverity.Major, AlarmSeverity.Major)]
    [InlineData(IncidentSeverity.Minor, AlarmSeverity.Minor)]
    [InlineData(IncidentSeverity.Info, AlarmSeverity.Minor)]
    public void The_alarm_takes_the_orders_severity(IncidentSeverity order, AlarmSeverity alarm)
    {
        var state = Breached(Order(), T0 + Trapped.Accept);
        state.Summary = state.Summary! with { Severity = order };
        Assert.Equal(alarm, Of(state)!.Severity);
    }
}
