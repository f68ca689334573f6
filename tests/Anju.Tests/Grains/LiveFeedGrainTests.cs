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

    /// <summary>An update of an estate's open-incident list (empty): the feed looks only at its version.</summary>
    private static LiveUpdate Update(string scope, long version) => LiveUpdate.Incidents(Scopes.Parse(scope).Id, version, []);

    [Fact]
    public async Task A_burst_is_sent_at_most_four_times_a_second_in_version_order_ending_on_the_newest()
    {
        var scope = Scopes.Incidents(Fresh.EstateId());
        var feed = fixture.Grains.GetGrain<ILiveFeedGrain>(scope);
        var recorder = new Recorder();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder);
        await feed.SubscribeAsync(reference);

        var burst = Stopwatch.StartNew();
        for (var version = 1; version <= 200; version++)
        {
            await feed.PublishAsync(Update(scope, version));
            await Task.Delay(5);
        }

        var elapsed = burst.Elapsed;
        // The last scheduled send, however late a busy machine delivers it.
        var received = await Wait.EventuallyAsync(
            () => Task.FromResult(recorder.Received.ToList()), r => r.Count > 0 && r[^1].Update.Version == 200);

        Assert.Equal(200, received[^1].Update.Version);
        Assert.True(received.Count <= (elapsed.TotalSeconds * 4) + 2, $"{received.Count} sends in {elapsed.TotalSeconds:F2} s");
        Assert.Equal(received.Select(r => r.Update.Version).Order(), received.Select(r => r.Update.Version));
        // Paced, not bunched: the feed sends at most one update per 250 ms, so three in a row span 500 ms at the sender.
        // Measured here at the receiver, one late delivery can shorten one gap, so the check allows 250 ms of delivery
        // jitter; an unpaced feed (one send per publish, 5 ms apart) fails it by far.
        var spans = received.Zip(received.Skip(2), (a, c) => c.At - a.At).ToList();
        Assert.All(spans, span => Assert.True(span >= TimeSpan.FromMilliseconds(250), $"three sends within {span.TotalMilliseconds:F0} ms"));
        await feed.UnsubscribeAsync(reference);
    }

    /// <summary>The district builds its status at the feed's pace rather than on every estate report: whatever the rate of
    /// reports, its screens get at most the feed's four a second, and the last one they get holds the newest report.</summary>
    [Fact]
    public async Task A_district_passes_its_newest_estate_figures_to_its_screens_at_the_feed_s_pace()
    {
        var estateId = Fresh.EstateId("HP");
        var district = fixture.Grains.GetGrain<Districts.IDistrictGrain>(Keys.District("HP"));
        var recorder = new Recorder();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder);
        var feed = fixture.Grains.GetGrain<ILiveFeedGrain>(Scopes.District("HP"));
        await feed.SubscribeAsync(reference);
        Estates.EstateSummary Summary(long version) =>
            new(estateId, "花都安居苑", "HP", version, new Estates.OccupancyCounts((int)version, 0, new Dictionary<Dwellings.OccupancyState, int>()));
        await district.JoinAsync(Summary(1));

        // A fixed number of reports, not a fixed time: a slow machine sends them more slowly and the cap below grows
        // with the time they took, so the check stays meaningful (300 reports exceed it unless they take over a minute).
        const long last = 301;
        var reports = Stopwatch.StartNew();
        for (long version = 2; version <= last; version++)
        {
            await district.ReportAsync(Summary(version));
            await Task.Delay(2);
        }

        var elapsed = reports.Elapsed;
        var mine = await Wait.EventuallyAsync(
            () => Task.FromResult(Shown()), shown => shown.LastOrDefault().Dwellings == last, TimeSpan.FromSeconds(3));
        await feed.UnsubscribeAsync(reference);

        Assert.Equal(last, mine[^1].Dwellings); // the newest report reached the screens
        var during = recorder.Received.Where(r => r.At <= elapsed + TimeSpan.FromMilliseconds(300)).ToList();
        Assert.True(during.Count <= (elapsed.TotalSeconds * 4) + 2, $"{during.Count} district updates for {last} estate reports in {elapsed.TotalSeconds:F2} s");
        Assert.Equal(mine.Select(m => m.Dwellings).Order(), mine.Select(m => m.Dwellings)); // never back to older figures

        List<(long Version, int Dwellings)> Shown() =>
        [
            .. recorder.Received.Select(r => r.Update.Payload).OfType<Districts.DistrictStatus>()
                .SelectMany(status => status.Estates.Where(e => e.EstateId == estateId))
                .Select(e => (e.Version, e.Occupancy.Dwellings)),
        ];
    }

    [Fact]
    public async Task An_older_version_published_late_is_dropped()
    {
        var scope = Scopes.Incidents(Fresh.EstateId());
        var feed = fixture.Grains.GetGrain<ILiveFeedGrain>(scope);
        var recorder = new Recorder();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(recorder);
        await feed.SubscribeAsync(reference);

        await feed.PublishAsync(Update(scope, 10));
        await Task.Delay(400);
        await feed.PublishAsync(Update(scope, 9));
        await Task.Delay(400);

        Assert.Equal([10L], recorder.Received.Select(r => r.Update.Version));
    }
}
