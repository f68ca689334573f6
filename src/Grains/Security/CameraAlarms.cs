namespace Anju.Security;

/// <summary>The desk's alarms for the camera register's offline list: one open CameraOffline alarm per camera the
/// register reports offline, raised when it goes silent and cleared when it is back.</summary>
internal static class CameraAlarms
{
    /// <summary>Originator of a camera's alarm: <c>camera/CAM-1</c>.</summary>
    public const string Prefix = "camera/";

    /// <summary>Brings the desk's camera alarms in line with <paramref name="report"/>; true when any changed.</summary>
    public static bool Reconcile(SecurityDeskState desk, CameraReport report, DateTimeOffset now, int clearedKept)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(report);
        var offline = report.Offline.Select(c => Prefix + c.CameraId).ToHashSet(StringComparer.Ordinal);
        var open = desk.Alarms.Where(a => a.IsOpen && a.Type == AlarmType.CameraOffline && a.Originator.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(a => a.Originator).ToHashSet(StringComparer.Ordinal);
        var back = open.Where(o => !offline.Contains(o)).ToList();
        var silent = report.Offline.Where(c => !open.Contains(Prefix + c.CameraId)).ToList();
        foreach (var originator in back)
        {
            AlarmBook.Clear(desk.Alarms, AlarmType.CameraOffline, originator, now, clearedKept);
        }

        foreach (var camera in silent)
        {
            AlarmBook.Raise(desk, new(AlarmType.CameraOffline, AlarmSeverity.Minor, Prefix + camera.CameraId, $"No heartbeat since {camera.LastSeen:u}"), now);
        }

        return back.Count + silent.Count > 0;
    }
}
