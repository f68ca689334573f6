using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Timers;

namespace Anju.Journal;

/// <summary>
/// The <see cref="IJournaledState{TState}"/> facet: an Orleans persistent state (the snapshot) with the journal in
/// front of it. It joins the grain's lifecycle right after Orleans has read the snapshot, to take a newer journal row.
/// A grain with no snapshot has no journal row either (its first write is a snapshot), so a fresh key costs no
/// journal read.
/// </summary>
internal sealed partial class JournaledState<TState> : IJournaledState<TState>, ILifecycleObserver
    where TState : class, IVersionedState
{
    private readonly IGrainContext _grain;
    private readonly IPersistentState<TState> _snapshot;
    private readonly IStateJournal _journal;
    private readonly JournalPayload<TState> _payload;
    private readonly int _snapshotEvery;
    private readonly ILogger _log;
    private readonly string _key;
    private long _snapshotVersion;
    private long _journaledThrough = -1;
    private IGrainTimer? _snapshotSoon;

    public JournaledState(IGrainContext grain, IPersistentState<TState> snapshot, IStateJournal journal, JournalPayload<TState> payload,
        JournalOptions options, ILogger log)
    {
        (_grain, _snapshot, _journal, _payload, _log) = (grain, snapshot, journal, payload, log);
        _snapshotEvery = Math.Max(1, options.SnapshotEvery);
        _key = grain.GrainId.Key.ToString()!;
        grain.ObservableLifecycle.Subscribe(nameof(JournaledState<TState>), GrainLifecycleStage.SetupState + 1, this);
    }

    public TState State => _snapshot.State;

    public Func<Task<bool>>? Compacting { private get; set; }

    /// <summary>False while memory may hold a change that is not durable (a reload after a failed append failed too).</summary>
    private bool InStep { get; set; } = true;

    private long Version => _snapshot.State.Version;

    public async Task OnStart(CancellationToken cancellationToken = default)
    {
        _snapshotVersion = Version;
        await TakeJournalAsync();
    }

    public Task OnStop(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task CommitAsync()
    {
        var version = Version;
        try
        {
            if (!_snapshot.RecordExists)
            {
                await WriteSnapshotAsync();
                return;
            }

            _journaledThrough = Math.Max(_journaledThrough, version);
            await _journal.AppendAsync(_key, version, _payload.Write(_snapshot.State));
        }
        catch
        {
            await ReloadAsync();
            throw;
        }

        if (Version - _snapshotVersion >= _snapshotEvery)
        {
            SnapshotSoon();
        }
    }

    public async Task WriteSnapshotAsync()
    {
        var version = Version;
        await _snapshot.WriteStateAsync();
        _snapshotVersion = version;
        if (_journaledThrough >= 0)
        {
            _journal.Prune(_key, version);
            _journaledThrough = -1;
        }
    }

    public void SnapshotSoon() =>
        _snapshotSoon ??= _grain.ActivationServices.GetRequiredService<ITimerRegistry>().RegisterGrainTimer(
            _grain, static (self, _) => self.SnapshotNowAsync(), this, new() { DueTime = TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan });

    public async Task OnDeactivateAsync(DeactivationReason reason)
    {
        if (InStep && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await TrySnapshotAsync();
        }
    }

    private async Task SnapshotNowAsync()
    {
        _snapshotSoon?.Dispose();
        _snapshotSoon = null;
        await TrySnapshotAsync();
    }

    /// <summary>A failed snapshot loses nothing (the journal holds every version it would have); the next trigger
    /// tries again.</summary>
    private async Task TrySnapshotAsync()
    {
        try
        {
            if (!InStep)
            {
                throw new InvalidOperationException($"State of {_key} is not in step with storage; not snapshotting it.");
            }

            var compacted = Compacting is { } compact && await compact();
            if (compacted || Version > _snapshotVersion)
            {
                await WriteSnapshotAsync();
            }
        }
        catch (Exception ex)
        {
            LogSnapshotFailed(_log, ex, _key, Version);
        }
    }

    /// <summary>Back to what is durable, journal included; a grain that cannot get there deactivates.</summary>
    private async Task ReloadAsync()
    {
        InStep = false;
        try
        {
            await _snapshot.ReadStateAsync();
            _snapshotVersion = Version;
            await TakeJournalAsync();
            InStep = true;
        }
        catch
        {
            _grain.Deactivate(new(DeactivationReasonCode.ApplicationError, "Its state could not be brought back in step with storage."));
            throw;
        }
    }

    private async Task TakeJournalAsync()
    {
        if (_snapshot.RecordExists && await _journal.ReadLatestAsync(_key, Version) is { } newer)
        {
            _snapshot.State = _payload.Read(newer.Payload)
                ?? throw new InvalidOperationException($"Journal row {_key} v{newer.Version} holds no state.");
            _journaledThrough = newer.Version;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of {GrainKey} v{Version} failed; the journal still holds it")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, string grainKey, long version);
}
