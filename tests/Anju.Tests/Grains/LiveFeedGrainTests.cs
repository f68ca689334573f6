using System.Collections.Concurrent;
using System.Diagnostics;
using Anju.Live;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class LiveFeedGrainTests(ClusterFixture fixture)
{
    private sealed class Recorder : ILiveObserver
    {
        public ConcurrentQueue<(TimeSpan At, LiveUpdate Update)> Received { get; } = new();

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public Task OnUpdatesAsync(IReadOnlyList<LiveUpdate> updates)
        {
            foreach (var update in updates)
            {
                Received.Enqueue((Clock.Elapsed, update));
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_burst_is_sent_at_most_four_times_a_second_in_version_order_ending_on_the_newest()
    {
        var scope = $"estate/{Fresh.EstateId()}";
        var feed = fixture.Grains.GetGrain<ILiveFeedGrain>(scope);
        var recorder = new Recorder();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder);
        await feed.SubscribeAsync(reference);

        var burst = Stopwatch.StartNew();
        for (var version = 1; version <= 200; version++)
        {
            await feed.PublishAsync(new LiveUpdate(scope, "estate", version, version));
            await Task.Delay(5);
        }

        var elapsed = burst.Elapsed;
        await Task.Delay(600); // the last scheduled send
        var received = recorder.Received.ToList();

        Assert.Equal(200, received[^1].Update.Version);
        Assert.True(received.Count <= (elapsed.TotalSeconds * 4) + 2, $"{received.Count} sends in {elapsed.TotalSeconds:F2} s");
        Assert.Equal(received.Select(r => r.Update.Version).Order(), received.Select(r => r.Update.Version));
        var gaps = received.Zip(received.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(120), $"two sends only {gap.TotalMilliseconds:F0} ms apart"));
        await feed.UnsubscribeAsync(reference);
    }

    [Fact]
    public async Task An_older_version_published_late_is_dropped()
    {
        var scope = $"estate/{Fresh.EstateId()}";
        var feed = fixture.Grains.GetGrain<ILiveFeedGrain>(scope);
        var recorder = new Recorder();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder);
        await feed.SubscribeAsync(reference);

        await feed.PublishAsync(new LiveUpdate(scope, "estate", 10, "ten"));
        await Task.Delay(400);
        await feed.PublishAsync(new LiveUpdate(scope, "estate", 9, "nine"));
        await Task.Delay(400);

        Assert.Equal([10L], recorder.Received.Select(r => r.Update.Version));
    }
}
