namespace Anju.Demo.Benchmark;

/// <summary>Nearest-rank percentiles of latency samples (ticks), shown in milliseconds.</summary>
public sealed class BenchLivePercentiles
{
    private readonly long[] _sorted;

    public BenchLivePercentiles(IEnumerable<long> samples)
    {
        _sorted = [.. samples];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    /// <summary>The <paramref name="p"/>-th percentile (0–100) in milliseconds; NaN without samples.</summary>
    public double At(double p) =>
        _sorted.Length == 0
            ? double.NaN
            : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)] / (double)TimeSpan.TicksPerMillisecond;

    public double Max => At(100);

    public override string ToString() =>
        $"p50 {At(50):F0} ms  p90 {At(90):F0} ms  p99 {At(99):F0} ms  max {Max:F0} ms  ({Count} samples)";
}
