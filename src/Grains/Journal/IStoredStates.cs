namespace Anju.Journal;

/// <summary>
/// Many grains' stored state read at once, without activating them: what an activation of each would load (the
/// Orleans storage row, the snapshot, and the journal's newer row if there is one), in one statement. A grid that lost
/// its silo rebuilds from this instead of waking its ~200 dwellings one by one; a city of 150,000 dwellings doing that
/// all at once exhausted the storage pool and never converged (docs/faults.md).
/// </summary>
public interface IStoredStates
{
    /// <summary>False when the host keeps no such store (a test cluster on memory storage): callers ask the grains.</summary>
    bool Available { get; }

    /// <summary>The stored state of each key that has one (keys with neither a snapshot nor a journal row are left out),
    /// for the state named <paramref name="stateName"/>.</summary>
    Task<IReadOnlyList<StoredState>> ReadAsync(string stateName, IReadOnlyList<string> grainKeys);
}

/// <summary>One grain's stored state: the snapshot's bytes (the grain storage serializer's) and the journal's row,
/// either of which may be absent.</summary>
public sealed record StoredState(string GrainKey, byte[]? Snapshot, JournalEntry? Journal);

/// <summary>The store of a host with none: every caller falls back to asking the grains.</summary>
internal sealed class NoStoredStates : IStoredStates
{
    public bool Available => false;

    public Task<IReadOnlyList<StoredState>> ReadAsync(string stateName, IReadOnlyList<string> grainKeys) =>
        Task.FromResult<IReadOnlyList<StoredState>>([]);
}
