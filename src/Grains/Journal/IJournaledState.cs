namespace Anju.Journal;

/// <summary>
/// A grain's state made durable through the <see cref="IStateJournal"/> (the high-rate path of ARCHITECTURE.md
/// principle 2): a change is acknowledged once its whole new state is journaled, and many grains' changes share a
/// commit. The Orleans storage row is a snapshot that lags behind; the facet writes it every
/// <see cref="JournalOptions.SnapshotEvery"/> versions and when the grain goes idle, and on activation takes a newer
/// journal row (left by a silo that died before snapshotting) as the state. Injected with <see cref="JournaledAttribute"/>.
/// </summary>
public interface IJournaledState<out TState>
    where TState : class, IVersionedState
{
    /// <summary>The grain's state (memory; durable up to the last <see cref="CommitAsync"/> that returned).</summary>
    TState State { get; }

    /// <summary>Journals the current state (a grain's first write is a snapshot); the change is durable on return.
    /// On failure memory goes back to what is durable (an ambiguous failure may have committed) and the failure is
    /// rethrown; if even that fails, the grain is deactivated to start afresh.</summary>
    Task CommitAsync();

    /// <summary>Writes the snapshot now, as the acknowledgement of a low-rate command (creation).</summary>
    Task WriteSnapshotAsync();

    /// <summary>Snapshots in a turn of its own, soon (after the current command is acknowledged).</summary>
    void SnapshotSoon();

    /// <summary>Runs before each snapshot, to move what the state need not keep elsewhere; true when it changed the
    /// state, which is then snapshotted even with no journaled version waiting.</summary>
    Func<Task<bool>>? Compacting { set; }

    /// <summary>From the grain's <c>OnDeactivateAsync</c>: snapshots when going idle, which folds the journal row into the
    /// snapshot. Not when the silo shuts down: the journal already holds every acknowledged change, and a silo stopped
    /// under load would otherwise write every grain changed since its last snapshot while the shutdown waits (other
    /// grains that must write to start clean then did not get their turn); the next activation takes the journal row.</summary>
    Task OnDeactivateAsync(DeactivationReason reason);
}
