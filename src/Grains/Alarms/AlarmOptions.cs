using static Anju.Hosting.OptionsCheck;

namespace Anju.Alarms;

/// <summary>The alarm stream's clocks and windows (configuration section "Alarms").</summary>
public sealed class AlarmOptions
{
    /// <summary>The default of <see cref="RiseAfter"/>: +1 after 15 minutes unacknowledged, +2 after an hour.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRises = [TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    /// <summary>Unacknowledged for each of these durations raises an alarm's severity one step (capped at Critical).
    /// Null (not configured) means <see cref="DefaultRises"/>; an array, because the configuration binder appends to a
    /// list that already holds defaults.</summary>
    public TimeSpan[]? RiseAfter { get; set; }

    /// <summary>An unacknowledged alarm is reminded (the screens mark it again) this often until acknowledged.</summary>
    public TimeSpan RemindEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Open alarms of one building (else grid) of an estate raised within this of each other form one situation.</summary>
    public TimeSpan SituationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Cleared alarms the board keeps (the newest), and for how long.</summary>
    public int ClearedKept { get; set; } = 50;

    /// <summary>See <see cref="ClearedKept"/>.</summary>
    public TimeSpan ClearedFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A camera offline this long opens a <c>camera-offline</c> CCTV work order.</summary>
    public TimeSpan CameraOrderAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a stream looks at its clocks (rising severity, reminders, cleared alarms to drop).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Changes inside this window leave a stream as one board (to the live feed) and one batch (to the city).</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Owners (and the district streams, to the city's) re-send every alarm they hold this often, so a stream
    /// that restarted with an empty memory is whole again within this.</summary>
    public TimeSpan ResendEvery { get; set; } = TimeSpan.FromMinutes(2);

    public IReadOnlyList<TimeSpan> Rises => RiseAfter ?? DefaultRises;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        RiseAfter?.Select((rise, i) => Positive($"Alarms:RiseAfter:{i}", rise)).FirstOrDefault(p => p is not null),
        Positive("Alarms:RemindEvery", RemindEvery),
        Positive("Alarms:SituationWindow", SituationWindow),
        Between("Alarms:ClearedKept", ClearedKept, 0, 100_000),
        Positive("Alarms:ClearedFor", ClearedFor),
        Positive("Alarms:CameraOrderAfter", CameraOrderAfter),
        Positive("Alarms:TickInterval", TickInterval),
        Positive("Alarms:PublishDelay", PublishDelay),
        Positive("Alarms:ResendEvery", ResendEvery));
}
