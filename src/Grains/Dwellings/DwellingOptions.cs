namespace Anju.Dwellings;

/// <summary>How much of a dwelling's audit trail stays in its live state (configuration section "Dwellings").</summary>
internal sealed class DwellingOptions
{
    /// <summary>Occupancy transitions kept in the dwelling's state; older ones move to the <see cref="IOccupancyArchive"/>.
    /// They move in batches (once the state holds twice this many, when the grain next writes its snapshot), so a
    /// snapshot rarely costs an archive write too.</summary>
    public int HistoryKept { get; set; } = 20;

    /// <summary>Client command ids (the <c>Idempotency-Key</c> header, a batch item's <c>commandId</c>) a dwelling
    /// remembers, newest first: a repeat of one of them answers with the dwelling as it is instead of applying again.
    /// A client retries within seconds, and a dwelling gets a handful of commands a day.</summary>
    public int CommandIdsKept { get; set; } = 16;
}
