namespace Anju.Dwellings;

/// <summary>How much of a dwelling's audit trail stays in its live state, and how long it remembers client command ids
/// (configuration section "Dwellings").</summary>
internal sealed class DwellingOptions
{
    /// <summary>Occupancy transitions kept in the dwelling's state; older ones move to the <see cref="IOccupancyArchive"/>.
    /// They move in batches (once the state holds twice this many, when the grain next writes its snapshot), so a
    /// snapshot rarely costs an archive write too.</summary>
    public int HistoryKept { get; set; } = 20;

    /// <summary>How long a dwelling remembers a client command id (the <c>Idempotency-Key</c> header, a batch item's
    /// <c>commandId</c>), whatever the traffic in between: a repeat within it answers with the dwelling as it is
    /// instead of applying again. Older ids are forgotten, so an idle dwelling keeps none.</summary>
    public TimeSpan CommandIdWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most command ids one dwelling holds within the window; a command with an id beyond it is refused
    /// (409) rather than forgetting an id early. A dwelling gets a handful of commands a day.</summary>
    public int MaxCommandIdsInWindow { get; set; } = 256;

    /// <summary>What is wrong with these options; null when nothing is.</summary>
    public string? Problem() =>
        HistoryKept < 1 ? "Dwellings:HistoryKept must be at least 1."
        : CommandIdWindow < TimeSpan.FromMinutes(1) || CommandIdWindow > TimeSpan.FromDays(30) ? "Dwellings:CommandIdWindow must be between 1 minute and 30 days."
        : MaxCommandIdsInWindow is < 16 or > 10_000 ? "Dwellings:MaxCommandIdsInWindow must be between 16 and 10000."
        : null;
}
