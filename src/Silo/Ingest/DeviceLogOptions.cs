using static Anju.Hosting.OptionsCheck;

namespace Anju.Silo.Ingest;

/// <summary>The device event log (configuration section "Ingest"): how its rows are group-committed and how long
/// they are kept.</summary>
public sealed class DeviceLogOptions
{
    /// <summary>Most events one statement (and one commit) carries.</summary>
    public int MaxBatch { get; set; } = 10_000;

    /// <summary>Statements being written at once: while one commits, the next gathers every request that arrived.</summary>
    public int FlushesInFlight { get; set; } = 3;

    /// <summary>How long a logged event is kept. Heartbeats are 20,000 cameras × 2 a minute in a city: 3 days is about
    /// 170 million rows.</summary>
    public TimeSpan KeepEventsFor { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often the silo deletes events older than <see cref="KeepEventsFor"/>.</summary>
    public TimeSpan PurgeEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Ingest:MaxBatch", MaxBatch, 1, 100_000),
        Between("Ingest:FlushesInFlight", FlushesInFlight, 1, 16),
        Between("Ingest:KeepEventsFor", KeepEventsFor, TimeSpan.FromHours(1), TimeSpan.FromDays(3650)),
        Between("Ingest:PurgeEvery", PurgeEvery, TimeSpan.FromSeconds(10), TimeSpan.FromDays(1)));
}
