using Anju.Security;

namespace Anju.Tests.Rules;

public class CameraWatchTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static EstateCamerasState Register() => new()
    {
        Cameras = new(StringComparer.Ordinal) { ["CAM-1"] = new("CAM-1", "B1", "大堂", "dome"), ["CAM-2"] = new("CAM-2", null, "大門", "bullet") },
    };

    private static DeviceEvent Beat(string id, string camera, DateTimeOffset at) => new(id, "vms", at, DeviceEventKind.Heartbeat, camera, null, null);

    [Fact]
    public void Cameras_silent_since_the_clock_started_go_offline_after_the_timeout_and_a_heartbeat_brings_one_back()
    {
        var register = Register();
        var watch = new CameraWatch(Start, Timeout, 100);
        Assert.False(watch.Sweep(register, Start.AddSeconds(60)));

        watch.Beat(register, [Beat("b1", "CAM-2", Start.AddSeconds(30))], Start.AddSeconds(30), "E1", out _);
        Assert.True(watch.Sweep(register, Start.AddSeconds(61)));
        Assert.Equal(["CAM-1"], register.Offline.Keys);
        Assert.Equal(Start, register.Offline["CAM-1"]);

        var results = watch.Beat(register, [Beat("b2", "CAM-1", Start.AddSeconds(62))], Start.AddSeconds(62), "E1", out var back);
        Assert.True(back);
        Assert.Equal(IngestOutcome.Accepted, Assert.Single(results).Outcome);
        Assert.Empty(register.Offline);
        Assert.All(watch.Statuses(register), c => Assert.True(c.Online));
    }

    [Fact]
    public void Heartbeats_are_duplicates_once_remembered_and_unknown_cameras_and_guard_events_are_rejected()
    {
        var register = Register();
        var watch = new CameraWatch(Start, Timeout, 2);
        var results = watch.Beat(register,
            [Beat("b1", "CAM-1", Start), Beat("b1", "CAM-1", Start), Beat("b2", "CAM-404", Start), new("c1", "handset", Start, DeviceEventKind.ClockIn, "G-1", null, null)],
            Start, "E1", out var changed);

        Assert.False(changed);
        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Duplicate, IngestOutcome.Rejected, IngestOutcome.Rejected], results.Select(r => r.Outcome));
        Assert.Contains("unknown camera 'CAM-404'", results[2].Reason, StringComparison.Ordinal);
        Assert.Contains("security desk", results[3].Reason, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Accepted, watch.Beat(register, [Beat("b1", "CAM-1", Start)], Start, "E1", out _).Single().Outcome); // not yet remembered

        watch.Remember(["b1", "b3", "b4"]);
        Assert.Equal(IngestOutcome.Duplicate, watch.Beat(register, [Beat("b4", "CAM-1", Start)], Start, "E1", out _).Single().Outcome);
        Assert.Equal(IngestOutcome.Accepted, watch.Beat(register, [Beat("b1", "CAM-1", Start)], Start, "E1", out _).Single().Outcome); // fell out of the window
    }

    [Fact]
    public void The_report_counts_the_register_and_lists_the_offline_cameras()
    {
        var register = Register();
        register.Offline["CAM-2"] = Start;

        var report = CameraWatch.Report(register, 7);

        Assert.Equal((7L, 2, 1), (report.Version, report.Total, report.Online));
        Assert.Equal([new OfflineCamera("CAM-2", Start) { Location = "大門" }], report.Offline); // no building: the register has none for it
    }
}
