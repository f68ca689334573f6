namespace Anju.Common.Journal;

/// <summary>
/// The high-rate durability path (ARCHITECTURE.md principle 2): a grain's whole new state is
/// appended as one row, many grains' rows share a commit, and the Orleans storage row becomes a
/// snapshot written later. A grain acknowledges a change once <see cref="AppendAsync"/> returns.
/// </summary>
public interface IStateJournal
{
    /// <summary>Completes once the row is committed; fails if the commit it shared failed.
    /// Appending a version again replaces its payload (a retry after an ambiguous failure).</summary>
    Task AppendAsync(string grainKey, long version, ReadOnlyMemory<byte> payload);

    /// <summary>The newest row of the grain above <paramref name="afterVersion"/>, or null.</summary>
    Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion);

    /// <summary>Drops the grain's rows at or below <paramref name="throughVersion"/> (a snapshot holds them),
    /// later and batched with other grains'; a failure is only logged.</summary>
    void Prune(string grainKey, long throughVersion);
}
