namespace Anju.Live;

/// <summary>Implemented once per dashboard host: receives coalesced updates for the scopes
/// its connected screens watch.</summary>
[Alias("Anju.Live.ILiveObserver")]
public interface ILiveObserver : IGrainObserver
{
    /// <summary>A batch of updates, at most one per scope, latest state only.</summary>
    [OneWay]
    Task OnUpdatesAsync(IReadOnlyList<LiveUpdate> updates);
}
