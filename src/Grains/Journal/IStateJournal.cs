namespace Anju.Journal;

/// <summary>
/// The high-rate durability path (ARCHITECTURE.md principle 2): a grain's whole new state is
/// written as its one journal row, many grains' rows share a commit, and the Orleans storage row becomes a
/// snapshot written later. A grain acknowledges a change once <see cref="AppendAsync"/> returns.
/// </summary>
public interface IStateJournal
{
    /// <summary>Completes once the row is committed; fails if the commit it shared failed. The journal keeps only
    /// the grain's newest state: a higher version replaces the row, the same version replaces its payload (a retry
    /// after an ambiguous failure), a lower one changes nothing.</summary>
    Task AppendAsync(string grainKey, long version, ReadOnlyMemory<byte> payload);

    /// <summary>The grain's row if its version is above <paramref name="afterVersion"/>, or null.</summary>
    Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion);

    /// <summary>Drops the grain's row if it is at or below <paramref name="throughVersion"/> (a snapshot holds it),
    /// later and batched with other grains'; a failure is only logged.</summary>
    void Prune(string grainKey, long throughVersion);
}
