using Anju.Security;

namespace Anju.Tests.Rules;

public class CameraAlarmsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static CameraReport Report(long version, params string[] offline) =>
        new(version, 3, [.. offline.Select(c => new OfflineCamera(c, Now.AddMinutes(-5)))]);

    [Fact]
    public void Each_offline_camera_has_one_open_alarm_cleared_when_it_is_back()
    {
        var desk = new SecurityDeskState();
        Assert.True(CameraAlarms.Reconcile(desk, Report(1, "CAM-1", "CAM-2"), Now, 10));
        Assert.False(CameraAlarms.Reconcile(desk, Report(2, "CAM-1", "CAM-2"), Now.AddSeconds(5), 10)); // no repeat
        Assert.Equal(["camera/CAM-1", "camera/CAM-2"], desk.Alarms.Where(a => a.IsOpen).Select(a => a.Originator));
        Assert.Contains("No heartbeat since", desk.Alarms[0].Detail, StringComparison.Ordinal);

        Assert.True(CameraAlarms.Reconcile(desk, Report(3, "CAM-2"), Now.AddSeconds(10), 10));

        Assert.Equal(AlarmState.Cleared, desk.Alarms.Single(a => a.Originator == "camera/CAM-1").State);
        Assert.Equal(["camera/CAM-2"], desk.Alarms.Where(a => a.IsOpen).Select(a => a.Originator));
    }

    [Fact]
    public void Other_alarms_are_left_alone()
    {
        var desk = new SecurityDeskState();
        AlarmBook.Raise(desk, new RaiseAlarm(AlarmType.Device, AlarmSeverity.Critical, "sensor/B1-smoke", "煙感報警"), Now);

        Assert.False(CameraAlarms.Reconcile(desk, Report(1), Now, 10));
        Assert.True(Assert.Single(desk.Alarms).IsOpen);
    }

    [Fact]
    public void The_desks_old_register_is_adopted_with_its_open_offline_alarms_as_offline_cameras()
    {
        var old = new SecurityCamerasState();
        old.Cameras["CAM-1"] = new("CAM-1", "B1", "大堂", "dome");
        old.Cameras["CAM-2"] = new("CAM-2", null, "大門", "bullet");
        var desk = new SecurityDeskState();
        CameraAlarms.Reconcile(desk, Report(1, "CAM-1", "CAM-2", "CAM-9"), Now, 10);
        CameraAlarms.Reconcile(desk, Report(2, "CAM-1", "CAM-9"), Now.AddMinutes(1), 10); // CAM-2 came back

        var adopted = LegacyCameras.Adopt(old, desk);

        Assert.Equal(["CAM-1", "CAM-2"], adopted.Cameras.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, DateTimeOffset> { ["CAM-1"] = Now }, adopted.Offline); // CAM-9 is not on the register
    }
}
