namespace Anju.Dwellings;

/// <summary>The dwelling's durability: changes go to the group-commit journal; the Orleans state row is a
/// snapshot written every <c>Journal:SnapshotEvery</c> versions and on deactivation (docs/design-notes.md).</summary>
public sealed partial class DwellingGrain
{
    private IGrainTimer? _snapshotSoon;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _state.RecoverAsync(this.GetPrimaryKeyString()); // a silo that died left newer versions in the journal
        await base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_state.InStep)
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

    private async Task SnapshotSoonAsync()
    {
        _snapshotSoon?.Dispose();
        _snapshotSoon = null;
        await TrySnapshotAsync();
    }

    /// <summary>A failed snapshot loses nothing (the journal holds every version it would have);
    /// the next trigger tries again.</summary>
    private async Task TrySnapshotAsync()
    {
        try
        {
            await _state.SnapshotAsync();
        }
        catch (Exception ex)
        {
            LogSnapshotFailed(ex);
        }
    }
}
