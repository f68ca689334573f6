namespace Anju.Dashboard.Live;

/// <summary>
/// Tells the <see cref="LiveRelay"/> to renew its feed subscriptions soon when this host's gateways change. A silo
/// that died took its feed grains with it, and the grains that take their place know no subscribers: without this, a
/// scope's screens heard nothing until the next periodic renewal (<see cref="LiveRelayOptions.RenewEvery"/>). A
/// renewal that reaches a feed still registered on the dead silo fails and is retried every
/// <see cref="LiveRelayOptions.RetryEvery"/> until the cluster has declared the silo dead and the feed lives elsewhere;
/// a gateway that appears (the silo back, the dead one declared dead) is the moment that succeeds, so it renews too.
/// </summary>
public sealed class GatewayWatch(IServiceProvider services, ILogger<GatewayWatch> log) : IClusterConnectionStatusObserver
{
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways != previousNumberOfGateways)
        {
            log.LogInformation("Gateways from {Previous} to {Current}: renewing the live feed subscriptions", previousNumberOfGateways, currentNumberOfGateways);
            services.GetRequiredService<LiveRelay>().RenewSoon();
        }
    }

    public void NotifyClusterConnectionLost() => services.GetRequiredService<LiveRelay>().RenewSoon();
}
