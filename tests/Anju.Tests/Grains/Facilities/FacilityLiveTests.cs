using System.Collections.Concurrent;
using Anju.Facilities;
using Anju.Live;
using static Anju.Testing.Wait;
using static Anju.Tests.Grains.Facilities.FacilityEstates;

namespace Anju.Tests.Grains.Facilities;

/// <summary>The estate's facilities panel and a company's queue screen are fed by the live scopes.</summary>
[Collection(FacilitiesCollection.Name)]
public class FacilityLiveTests(FacilitiesClusterFixture fixture)
{
    private sealed class Recorder : ILiveObserver
    {
        public ConcurrentQueue<LiveUpdate> Received { get; } = new();

        public Task OnUpdatesAsync(IReadOnlyList<LiveUpdate> updates)
        {
            foreach (var update in updates)
            {
                Received.Enqueue(update);
            }

            return Task.CompletedTask;
        }
    }

    private async Task<Recorder> WatchAsync(string scope)
    {
        var recorder = new Recorder();
        await fixture.Grains.GetGrain<ILiveFeedGrain>(scope).SubscribeAsync(fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder));
        return recorder;
    }

    [Fact]
    public async Task An_order_reaches_the_estates_facilities_scope_and_its_queues_scope()
    {
        var estateId = Fresh.EstateId();
        var queueId = $"PC-{Guid.NewGuid():N}"[..12];
        var facilities = await CreateAsync(fixture.Grains, estateId, queueId);
        var panel = await WatchAsync(Scopes.Facilities(estateId));
        var screen = await WatchAsync(Scopes.Queue(queueId));

        var order = await facilities.ReportFaultAsync(Fault("L1", "lift-stopped"));

        await UntilAsync(() => panel.Received.Any(u => u.Payload is FacilityOverview o && o.OpenOrders.Any(x => x.OrderId == order.Summary.OrderId)),
            DefaultTimeout, "the overview with the order on the facilities scope");
        await UntilAsync(() => screen.Received.Any(u => u.Payload is WorkQueueView q && q.Orders.Any(x => x.OrderId == order.Summary.OrderId)),
            DefaultTimeout, "the queue with the order on the queue scope");
        var overview = panel.Received.Select(u => u.Payload).OfType<FacilityOverview>().Last();
        Assert.Equal(1, overview.Counts.OutOfService);
    }
}
