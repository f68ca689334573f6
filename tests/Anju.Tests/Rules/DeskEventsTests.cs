using Anju.Security;

namespace Anju.Tests.Rules;

public class DeskEventsTests
{
    // 2026-11-28 10:00 Beijing time.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static DeviceEvent Event(string id, DeviceEventKind kind, string subject, string? checkpoint = null, DateTimeOffset? at = null) =>
        new(id, "test", at ?? Now, kind, subject, checkpoint, null);

    private static (SecurityDeskState Desk, EventWindow Seen) Desk()
    {
        var desk = new SecurityDeskState();
        desk.Guards["G-1"] = new Guard("G-1", "保安甲", null);
        RouteRules.Define(desk, new PatrolRoute("R1", "東區", false, [new("CP-1", "大門")], TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)), Now.AddMinutes(-1));
        return (desk, new EventWindow(desk.RecentEvents, TimeSpan.FromHours(24), 100));
    }

    [Fact]
    public void Guard_events_apply_once_and_unknown_guards_checkpoints_and_heartbeats_are_rejected()
    {
        var (desk, seen) = Desk();
        var results = DeskEvents.Apply(desk, seen,
        [
            Event("e1", DeviceEventKind.ClockIn, "G-1"), Event("e1", DeviceEventKind.ClockIn, "G-1"), Event("e2", DeviceEventKind.ClockIn, "G-404"),
            Event("e3", DeviceEventKind.CheckIn, "G-1", "CP-404"), Event("e4", DeviceEventKind.Heartbeat, "CAM-1"), Event("e5", DeviceEventKind.CheckIn, "G-1", "CP-1"),
        ], Now, "E1");

        Assert.Equal(
            [IngestOutcome.Accepted, IngestOutcome.Duplicate, IngestOutcome.Rejected, IngestOutcome.Rejected, IngestOutcome.Rejected, IngestOutcome.Accepted],
            results.Select(r => r.Outcome));
        Assert.Contains("unknown guard 'G-404'", results[2].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown checkpoint 'CP-404'", results[3].Reason, StringComparison.Ordinal);
        Assert.Contains("camera register", results[4].Reason, StringComparison.Ordinal);
        Assert.Equal(["G-1"], desk.OnDuty.Keys);
        Assert.Equal(["e1", "e5"], desk.RecentEvents.Select(e => e.EventId)); // rejected ids may be sent again
        Assert.Single(desk.Rounds["R1"].CheckedIn);
    }

    [Fact]
    public void A_check_in_outside_the_round_window_is_late_and_a_device_time_in_the_future_counts_as_now()
    {
        var (desk, seen) = Desk();
        DeskEvents.Apply(desk, seen, [Event("late", DeviceEventKind.CheckIn, "G-1", "CP-1", Now.AddMinutes(-50))], Now, "E1");
        Assert.Equal(1, desk.Today.LateCheckIns);

        DeskEvents.Apply(desk, seen, [Event("future", DeviceEventKind.ClockIn, "G-1", at: Now.AddHours(1))], Now, "E1");
        Assert.Equal(Now, desk.OnDuty["G-1"].Since);
    }
}
