using Anju.Alarms;
using Anju.Incidents;
using Anju.Security;

namespace Anju.Tests.Rules;

/// <summary>How owners' alarms become stream alarms: the desk's, a case's escalation, and the stream's acknowledgement of one.</summary>
public class AlarmSourcesTests
{
    private static readonly DateTimeOffset T0 = AlarmRulesTests.T0;

    private static Alarm DeskAlarm() => new("AL-000007", AlarmType.CameraOffline, AlarmSeverity.Minor, "camera/CAM-1", AlarmState.ActiveUnacknowledged, 1, "silent", T0, T0);

    [Fact]
    public void A_desk_alarm_grows_in_version_with_every_change_and_is_placed_in_its_cameras_building()
    {
        var cameras = new CameraReport(1, 2, [new OfflineCamera("CAM-1", T0) { BuildingId = "B3" }]);
        var raised = DeskAlarms.ToStream(DeskAlarm(), "TH-0001", "TH", "天河一苑", cameras);
        var repeated = DeskAlarms.ToStream(DeskAlarm() with { Count = 2 }, "TH-0001", "TH", null, cameras);
        var acked = DeskAlarms.ToStream(DeskAlarm() with { Count = 2, AcknowledgedBy = "op", AcknowledgedAt = T0, State = AlarmState.ActiveAcknowledged }, "TH-0001", "TH", null, cameras);
        var ordered = DeskAlarms.ToStream(DeskAlarm() with { Count = 2, AcknowledgedBy = "op", State = AlarmState.ActiveAcknowledged }, "TH-0001", "TH", null, cameras, "WO-1");
        var cleared = DeskAlarms.ToStream(DeskAlarm() with { Count = 2, AcknowledgedBy = "op", State = AlarmState.Cleared, ClearedAt = T0 }, "TH-0001", "TH", null, cameras, "WO-1");

        Assert.Equal("security:TH-0001:AL-000007", raised.AlarmId);
        Assert.Equal(("B3", "CameraOffline", "天河一苑"), (raised.BuildingId, raised.Type, raised.EstateName));
        Assert.Equal([1L, 2, 3, 4, 5], new[] { raised, repeated, acked, ordered, cleared }.Select(a => a.Version));
        Assert.Equal("WO-1", ordered.WorkOrderId);
    }

    private static IncidentSummary Case(IncidentStatus status = IncidentStatus.Filed, EscalationLevel level = EscalationLevel.Estate, long version = 3) =>
        new("INC-1", version, IncidentCategory.Security, IncidentSeverity.Major, IncidentSource.Resident, status, level,
            new IncidentLocation("TH-0001", "G1", "B2"), "門禁損壞", new SlaDeadlines(null, null, null), T0, T0.AddMinutes(30)) { District = "TH" };

    private static IncidentStep Step(string action, EscalationLevel level, int minutes) => new(action, IncidentStatus.Filed, level, "system", "late", T0.AddMinutes(minutes));

    [Fact]
    public void A_case_that_climbed_has_an_open_escalation_alarm_which_clears_when_it_comes_down_or_closes()
    {
        var history = new List<IncidentStep> { Step("File", EscalationLevel.Grid, 0), Step("Escalate", EscalationLevel.Estate, 30) };

        Assert.Null(IncidentAlarm.Of(Case(level: EscalationLevel.Grid), [history[0]]));
        var open = IncidentAlarm.Of(Case(), history)!;
        Assert.Equal(("incidents:TH-0001:INC-1", AlarmSource.Incidents, AlarmState.ActiveUnacknowledged), (open.AlarmId, open.Source, open.State));
        Assert.Equal((T0.AddMinutes(30), 6L, "B2", AlarmSeverity.Major), (open.RaisedAt, open.Version, open.BuildingId, open.Severity));

        var down = IncidentAlarm.Of(Case(level: EscalationLevel.Grid, version: 4), [.. history, Step("DeEscalate", EscalationLevel.Grid, 40)])!;
        Assert.Equal((AlarmState.Cleared, T0.AddMinutes(40)), (down.State, down.ClearedAt));
        var closed = IncidentAlarm.Of(Case(IncidentStatus.Closed, version: 5) with { ClosedAt = T0.AddHours(1) }, history)!;
        Assert.Equal((AlarmState.Cleared, T0.AddHours(1)), (closed.State, closed.ClearedAt));
    }

    [Fact]
    public void The_streams_acknowledgement_of_an_escalation_sits_one_version_above_the_cases_and_a_new_climb_is_unacknowledged()
    {
        var history = new List<IncidentStep> { Step("File", EscalationLevel.Grid, 0), Step("Escalate", EscalationLevel.Estate, 30) };
        var alarm = IncidentAlarm.Of(Case(), history)!;
        var ack = new EscalationAck("値班員", T0.AddMinutes(31), alarm.RaisedAt);

        var acked = EscalationAcks.Overlay(alarm, ack);
        Assert.Equal((7L, "値班員", AlarmState.ActiveAcknowledged), (acked.Version, acked.AcknowledgedBy, acked.State));
        Assert.Same(alarm, EscalationAcks.Overlay(alarm, null));

        var climbedAgain = IncidentAlarm.Of(Case(level: EscalationLevel.Street, version: 4), [.. history, Step("Escalate", EscalationLevel.Street, 60)])!;
        Assert.Null(EscalationAcks.Overlay(climbedAgain, ack).AcknowledgedBy);
        var acks = new Dictionary<string, EscalationAck> { [alarm.AlarmId] = ack };
        Assert.False(EscalationAcks.Forget(acks, _ => null)); // not back on the stream yet (a restart): kept
        Assert.True(EscalationAcks.Forget(acks, _ => climbedAgain));
        Assert.Empty(acks);
    }
}
