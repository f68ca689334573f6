namespace Anju.Demo.Benchmark;

/// <summary>
/// The to-screen samples second by second through the window: whether the tail is spread evenly (a machine short of
/// CPU) or comes in bursts (something periodic: a collection, a timer, a flush) that the whole-run percentiles hide.
/// </summary>
public sealed class BenchLiveTimeline
{
    private readonly BenchLivePercentiles[] _seconds;

    public BenchLiveTimeline(DateTime start, TimeSpan length, IEnumerable<(long SeenAt, long Latency)> samples)
    {
        Start = start;
        var count = Math.Max(1, (int)Math.Ceiling(length.TotalSeconds));
        var buckets = new List<long>[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = [];
        }

        foreach (var (seenAt, latency) in samples)
        {
            var second = (int)((seenAt - start.Ticks) / TimeSpan.TicksPerSecond);
            if (second >= 0 && second < count)
            {
                buckets[second].Add(latency);
            }
        }

        _seconds = [.. buckets.Select(b => new BenchLivePercentiles(b))];
    }

    /// <summary>The start of the first second (UTC), to line bursts up with other logs.</summary>
    public DateTime Start { get; }

    /// <summary>Seconds whose own p99 is at or above <paramref name="limitMs"/>.</summary>
    public int SecondsAtOrOver(double limitMs) => _seconds.Count(s => s.Count > 0 && s.At(99) >= limitMs);

    public int Seconds => _seconds.Length;

    /// <summary>Each second's p99 in whole milliseconds, in order ("-" for a second without samples).</summary>
    public string P99s() => Each(99);

    /// <summary>Each second's p50, likewise.</summary>
    public string P50s() => Each(50);

    private string Each(double percentile) =>
        string.Join(' ', _seconds.Select(s => s.Count == 0 ? "-" : $"{s.At(percentile):F0}"));
}
