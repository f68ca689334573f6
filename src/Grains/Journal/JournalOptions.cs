using static Anju.Hosting.OptionsCheck;

namespace Anju.Journal;

/// <summary>Group commit and snapshot cadence of the state journal (configuration section "Journal").</summary>
public sealed class JournalOptions
{
    /// <summary>Most appends one statement (and one commit) carries.</summary>
    public int MaxBatch { get; set; } = 500;

    /// <summary>Batches being written at once: one round trip does not hold up every other caller,
    /// and a slot that frees takes everything that gathered meanwhile.</summary>
    public int FlushesInFlight { get; set; } = 3;

    /// <summary>A journaling grain writes its Orleans snapshot after this many journaled versions
    /// (and always on deactivation), which bounds its journal rows and its recovery.</summary>
    public int SnapshotEvery { get; set; } = 50;

    /// <summary>Most PostgreSQL connections the journal holds (appends, prunes and activation reads), unless the
    /// connection string sets its own. Group commit needs few; Npgsql's default of 100, on top of the Orleans
    /// providers' pool, let two silos (one still draining) exhaust a server's 200 connection slots.</summary>
    public int MaxConnections { get; set; } = 16;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Journal:MaxBatch", MaxBatch, 1, 100_000),
        Between("Journal:FlushesInFlight", FlushesInFlight, 1, 64),
        Between("Journal:SnapshotEvery", SnapshotEvery, 1, 100_000),
        Between("Journal:MaxConnections", MaxConnections, 1, 1_000));
}
