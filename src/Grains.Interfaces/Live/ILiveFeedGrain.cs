namespace Anju.Live;

/// <summary>
/// The outbound feed of one scope. Publishers hand it every new status; it keeps only the
/// latest and sends it to subscribed dashboard hosts at a bounded rate, so nothing queues
/// without bound however fast the scope changes. Key: the scope (<see cref="Scopes"/>).
/// </summary>
[Alias("Anju.Live.ILiveFeedGrain")]
public interface ILiveFeedGrain : IGrainWithStringKey
{
    /// <summary>Subscribes (or renews) a dashboard host. Subscriptions expire unless renewed.</summary>
    Task SubscribeAsync(ILiveObserver observer);

    /// <summary>Removes a dashboard host.</summary>
    Task UnsubscribeAsync(ILiveObserver observer);

    /// <summary>Offers a new status; older versions than the one held are dropped.</summary>
    [OneWay]
    Task PublishAsync(LiveUpdate update);
}
