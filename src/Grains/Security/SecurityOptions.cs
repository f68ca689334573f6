using static Anju.Hosting.OptionsCheck;

namespace Anju.Security;

/// <summary>Security desk defaults and clocks (configuration section "Security").</summary>
public sealed class SecurityOptions
{
    /// <summary>Residents one guard on duty covers when neither the estate's policy nor a contract's zone says
    /// otherwise. 500 is a working figure for high-rise public-rental estates; set per zone and period in the policy.</summary>
    public int ResidentsPerGuard { get; set; } = 500;

    /// <summary>How long coverage may stay below 100% before the under-staffing alarm is raised.</summary>
    public TimeSpan UnderStaffedGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A camera with no heartbeat for this long is offline.</summary>
    public TimeSpan CameraTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the camera register judges its cameras and the desk closes patrol windows and checks the
    /// grace: one tick per grain, no timer per camera. Offline detection lags a silent camera by at most timeout + tick.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Changes inside this window reach the estate as one section.</summary>
    public TimeSpan ReportDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Idempotence window for durable events (check-ins, clock events): ids seen in the last 24 hours,
    /// at most <see cref="EventWindowSize"/> per estate, are recognised as duplicates, also after a restart.</summary>
    public TimeSpan EventWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>See <see cref="EventWindow"/>.</summary>
    public int EventWindowSize { get; set; } = 5000;

    /// <summary>Heartbeat ids are remembered in memory only (a replayed heartbeat cannot move last-seen back).</summary>
    public int HeartbeatWindowSize { get; set; } = 4096;

    /// <summary>Cleared alarms kept for the record per estate.</summary>
    public int ClearedAlarmsKept { get; set; } = 200;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Security:ResidentsPerGuard", ResidentsPerGuard, 1, 100_000),
        Positive("Security:UnderStaffedGrace", UnderStaffedGrace),
        Positive("Security:CameraTimeout", CameraTimeout),
        Positive("Security:TickInterval", TickInterval),
        Positive("Security:ReportDelay", ReportDelay),
        Positive("Security:EventWindow", EventWindow),
        Between("Security:EventWindowSize", EventWindowSize, 1, 1_000_000),
        Between("Security:HeartbeatWindowSize", HeartbeatWindowSize, 1, 1_000_000),
        Between("Security:ClearedAlarmsKept", ClearedAlarmsKept, 0, 100_000));
}
