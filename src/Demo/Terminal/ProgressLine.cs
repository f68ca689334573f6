namespace Anju.Demo.Terminal;

/// <summary>One line of progress: done of total, rate, time left.</summary>
public static class ProgressLine
{
    public static string Format(string label, long done, long total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var percent = total > 0 ? 100.0 * done / total : 100;
        var left = rate > 0 ? Durations.Short(TimeSpan.FromSeconds((total - done) / rate)) : "?";
        return $"{label} {done}/{total} ({percent:F1} %)  {rate:F0} req/s  elapsed {Durations.Short(elapsed)}  left {left}";
    }
}
