namespace Anju.Demo.Terminal;

/// <summary>One line of progress: done of total, rate, time left.</summary>
public static class ProgressLine
{
    public static string Format(string label, long done, long total, TimeSpan elapsed, double rate, TimeSpan? left, string unit)
    {
        var percent = total > 0 ? 100.0 * done / total : 100;
        return $"{label} {done}/{total} ({percent:F1} %)  {rate:F0} {unit}/s  elapsed {Durations.Short(elapsed)}  left {(left is { } l ? Durations.Short(l) : "?")}";
    }
}
