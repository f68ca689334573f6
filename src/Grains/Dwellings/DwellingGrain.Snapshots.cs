namespace Anju.Dwellings;

/// <summary>The dwelling's durability: changes go to the group-commit journal; the Orleans state row is a
/// snapshot written every <c>Journal:SnapshotEvery</c> versions and on deactivation (docs/design-notes.md).</summary>
public sealed partial class DwellingGrain
{
    private IGrainTimer? _snapshotSoon;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _state.RecoverAsync(this.GetPrimaryKeyString()); // a silo that died left newer versions in the journal
        if (HistoryToArchive() > 0)
        {
            // A trail that grew before it was bounded (or while archiving failed) moves out in a turn of its own.
            _snapshotSoon ??= this.RegisterGrainTimer(SnapshotSoonAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    /// <summary>Snapshots when going idle, which folds the journal row into the snapshot. Not when the silo shuts down:
    /// the journal already holds every acknowledged change, and a silo stopped under load holds up to every dwelling
    /// changed since its last snapshot (150,000 at 2,000 changes/s), which at ~1,000 storage writes/s outlasts the
    /// shutdown; the grids, which must write their figures to start clean, then did not get their turn. The next
    /// activation takes the journal row as its state and snapshots on its own schedule.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_state.InStep && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await TrySnapshotAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private async Task CommitAsync()
    {
        try
        {
            await _state.CommitAsync();
        }
        catch when (!_state.InStep)
        {
            DeactivateOnIdle(); // memory could not be brought back to what is durable: start afresh
            throw;
        }

        if (_state.Unsnapshotted >= _snapshotEvery)
        {
            // In a turn of its own, after this command is acknowledged.
            _snapshotSoon ??= this.RegisterGrainTimer(SnapshotSoonAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Transitions beyond the kept ones, once there are at least as many again (archived in batches).</summary>
    private int HistoryToArchive()
    {
        var excess = S.History.Count - _historyKept;
        return excess >= _historyKept ? excess : 0;
    }

    /// <summary>
    /// Moves the oldest transitions to the archive and out of the state. The archive is written (durably) before
    /// memory lets go of them, and a transition is never a version of its own: until a snapshot or a journal row
    /// holds the trimmed state, storage still has the untrimmed one and the archive a second copy, which reads ignore
    /// (they take the archive only below <see cref="DwellingState.HistoryArchived"/>) and the next archive keeps.
    /// </summary>
    private async Task<bool> ArchiveHistoryAsync()
    {
        var count = HistoryToArchive();
        if (count == 0)
        {
            return false;
        }

        await archive.ArchiveAsync(this.GetPrimaryKeyString(), S.HistoryArchived, S.History.GetRange(0, count));
        S.History.RemoveRange(0, count);
        S.HistoryArchived += count;
        return true;
    }

    private async Task SnapshotSoonAsync()
    {
        _snapshotSoon?.Dispose();
        _snapshotSoon = null;
        await TrySnapshotAsync();
    }

    /// <summary>A failed snapshot loses nothing (the journal holds every version it would have);
    /// the next trigger tries again. Older transitions move to the archive first (see <see cref="ArchiveHistoryAsync"/>).</summary>
    private async Task TrySnapshotAsync()
    {
        try
        {
            if (_state.InStep && await ArchiveHistoryAsync())
            {
                await _state.WriteSnapshotAsync(); // the trimmed trail, even when no version is waiting
            }
            else
            {
                await _state.SnapshotAsync();
            }
        }
        catch (Exception ex)
        {
            LogSnapshotFailed(ex);
        }
    }
}
