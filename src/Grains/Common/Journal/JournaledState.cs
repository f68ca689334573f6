namespace Anju.Common.Journal;

/// <summary>
/// A grain's persistent state made durable through the <see cref="IStateJournal"/>: a change is
/// acknowledged once its whole new state is journaled; the Orleans storage row is a snapshot that
/// lags behind and is caught up by <see cref="SnapshotAsync"/>. Versions come from the state
/// itself and rise by one per change.
/// </summary>
public sealed class JournaledState<TState>(
    IPersistentState<TState> state,
    IStateJournal journal,
    JournalPayload<TState> payload,
    Func<TState, long> versionOf)
    where TState : class
{
    private string _key = "";
    private long _snapshotVersion;
    private long _journaledThrough = -1;

    /// <summary>The grain's state (memory; durable up to the last append that returned).</summary>
    public TState State => state.State;

    /// <summary>Journaled versions the snapshot does not hold yet.</summary>
    public long Unsnapshotted => versionOf(state.State) - _snapshotVersion;

    /// <summary>False while memory may hold a change that is not durable (a reload after a failed
    /// append failed too): the grain must not snapshot it and should deactivate.</summary>
    public bool InStep { get; private set; } = true;

    /// <summary>From <c>OnActivateAsync</c>, after Orleans has read the snapshot: a newer journal row
    /// (left by a silo that died before snapshotting) is the state. A grain with no snapshot has no
    /// journal either (its first write is a snapshot), so a fresh key costs no journal read.</summary>
    public async Task RecoverAsync(string grainKey)
    {
        _key = grainKey;
        _snapshotVersion = versionOf(state.State);
        await TakeJournalAsync();
    }

    /// <summary>Journals the current state (the first write of a grain is a snapshot). On failure memory goes
    /// back to what is durable, journal included (an ambiguous failure may have committed), and the
    /// failure is rethrown.</summary>
    public async Task CommitAsync()
    {
        var version = versionOf(state.State);
        try
        {
            if (!state.RecordExists)
            {
                await WriteSnapshotAsync();
                return;
            }

            _journaledThrough = Math.Max(_journaledThrough, version);
            await journal.AppendAsync(_key, version, payload.Write(state.State));
        }
        catch
        {
            InStep = false;
            await state.ReadStateAsync();
            _snapshotVersion = versionOf(state.State);
            await TakeJournalAsync();
            InStep = true;
            throw;
        }
    }

    /// <summary>Writes the snapshot (when behind) and has the journal rows it covers pruned.</summary>
    public async Task SnapshotAsync()
    {
        if (!InStep)
        {
            throw new InvalidOperationException($"State of {_key} is not in step with storage; not snapshotting it.");
        }

        if (Unsnapshotted <= 0)
        {
            return;
        }

        await WrittenAsync(state.WriteStateAsync());
    }

    /// <summary>Writes the snapshot directly, as the acknowledgement of a low-rate command (creation).</summary>
    public Task WriteSnapshotAsync() => WrittenAsync(state.WriteStateAsync());

    private async Task WrittenAsync(Task write)
    {
        var version = versionOf(state.State);
        await write;
        _snapshotVersion = version;
        if (_journaledThrough >= 0)
        {
            journal.Prune(_key, version);
            _journaledThrough = -1;
        }
    }

    private async Task TakeJournalAsync()
    {
        if (state.RecordExists && await journal.ReadLatestAsync(_key, versionOf(state.State)) is { } newer)
        {
            state.State = payload.Read(newer.Payload)
                ?? throw new InvalidOperationException($"Journal row {_key} v{newer.Version} holds no state.");
            _journaledThrough = newer.Version;
        }
    }
}
