using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains;

/// <summary>The rollups' throttle: a lone change goes up at once, steady change at most once per interval, the last change always.</summary>
[Collection(ClusterCollection.Name)]
public class ThrottleTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan LongInterval = TimeSpan.FromSeconds(2);

    private IThrottleProbeGrain Probe() => fixture.Grains.GetGrain<IThrottleProbeGrain>(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_change_after_a_quiet_spell_is_flushed_at_once_not_an_interval_later()
    {
        // A long interval leaves a busy machine plenty of margin between "at once" and "an interval later".
        var probe = Probe();
        await probe.ChangeAsync(1, LongInterval);
        await WaitForFlushesAsync(probe, 1);
        var first = (await probe.FlushesAsync())[0];
        Assert.Equal(1, first.Value);
        Assert.True(first.AtMs < LongInterval.TotalMilliseconds / 2, $"first flush after {first.AtMs:F0} ms");

        await Task.Delay(LongInterval + TimeSpan.FromMilliseconds(200)); // quiet for longer than the interval
        var changedAt = await probe.ChangeAsync(2, LongInterval);
        await WaitForFlushesAsync(probe, 2);
        var flushes = await probe.FlushesAsync();
        var sinceChange = flushes[1].AtMs - changedAt;
        Assert.Equal(2, flushes[1].Value);
        Assert.True(sinceChange < LongInterval.TotalMilliseconds / 2, $"second flush {sinceChange:F0} ms after its change");
    }

    [Fact]
    public async Task Steady_change_is_flushed_at_most_once_per_interval_and_the_last_value_always_goes_up()
    {
        var probe = Probe();
        var changing = System.Diagnostics.Stopwatch.StartNew();
        for (var value = 1; value <= 40; value++)
        {
            await probe.ChangeAsync(value, Interval);
            await Task.Delay(50); // ~2 s of change, about 3 intervals (longer on a busy machine)
        }

        var changed = changing.Elapsed;

        await WaitUntilAsync(async () => (await probe.FlushesAsync())[^1].Value == 40);
        var flushes = await probe.FlushesAsync();
        var gaps = flushes.Zip(flushes.Skip(1), (a, b) => b.AtMs - a.AtMs).ToArray();
        Assert.All(gaps, gap => Assert.True(gap >= Interval.TotalMilliseconds - 20, $"two flushes {gap:F0} ms apart"));
        // One per interval while changing, plus the leading flush and the one carrying the last value.
        Assert.InRange(flushes.Length, 2, (int)(changed / Interval) + 3);
        Assert.Equal(flushes.Select(f => f.Value).Order(), flushes.Select(f => f.Value));

        await Task.Delay(Interval * 2);
        Assert.Equal(flushes.Length, (await probe.FlushesAsync()).Length); // nothing more once it has carried the latest
    }

    [Fact]
    public async Task A_failed_flush_is_retried_and_carries_the_latest_value()
    {
        // The second change must land before the retry: a long interval leaves a busy machine margin for that.
        var probe = Probe();
        await probe.FailNextAsync(1);
        await probe.ChangeAsync(1, LongInterval);
        await Task.Delay(100);
        await probe.ChangeAsync(2, LongInterval);
        await WaitForFlushesAsync(probe, 1);
        var flushes = await probe.FlushesAsync();
        Assert.Equal(2, flushes[0].Value);
        Assert.True(flushes[0].AtMs >= LongInterval.TotalMilliseconds - 20, $"retried after {flushes[0].AtMs:F0} ms");
    }

    private static Task WaitForFlushesAsync(IThrottleProbeGrain probe, int count) =>
        WaitUntilAsync(async () => (await probe.FlushesAsync()).Length >= count);

    private static Task WaitUntilAsync(Func<Task<bool>> done) =>
        Wait.UntilAsync(done, TimeSpan.FromSeconds(10), () => "the probe to flush");
}
