using Anju.Demo.Benchmark;

namespace Anju.Tests.Demo;

/// <summary>bench-live's second-by-second view of the to-screen samples.</summary>
public class BenchLiveTimelineTests
{
    private static readonly DateTime Start = new(2026, 11, 29, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Samples_fall_into_the_second_they_were_seen_in_and_only_slow_seconds_count_as_over()
    {
        var samples = new List<(long, long)>();
        for (var i = 0; i < 100; i++)
        {
            samples.Add((At(0.5), Ms(100))); // second 0: all fast
            samples.Add((At(1.2), Ms(i == 99 ? 900 : 100))); // second 1: its p99 is the 99th of 100 samples, fast
            samples.Add((At(2.9), Ms(i >= 98 ? 400 : 120))); // second 2: the slowest two reach its p99
        }

        samples.Add((At(-0.1), Ms(5_000))); // before the window
        samples.Add((At(4.0), Ms(5_000))); // after it

        var timeline = new BenchLiveTimeline(Start, TimeSpan.FromSeconds(4), samples);

        Assert.Equal(4, timeline.Seconds);
        Assert.Equal("100 100 400 -", timeline.P99s());
        Assert.Equal("100 100 120 -", timeline.P50s());
        Assert.Equal(1, timeline.SecondsAtOrOver(250));
        Assert.Equal(0, timeline.SecondsAtOrOver(401));
    }

    private static long At(double seconds) => Start.Ticks + (long)(seconds * TimeSpan.TicksPerSecond);

    private static long Ms(int ms) => ms * TimeSpan.TicksPerMillisecond;
}
