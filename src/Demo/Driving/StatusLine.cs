using Anju.Demo.Terminal;

namespace Anju.Demo.Driving;

/// <summary>The driver's periodic status line.</summary>
public static class StatusLine
{
    public static string Format(TimeSpan elapsed, DriveCounts interval, TimeSpan length, DriveCounts total, double target, TimeSpan maxLatency)
    {
        var rate = interval.Sent / Math.Max(length.TotalSeconds, 0.001);
        var line = $"[{Durations.Short(elapsed)}] sent {total.Sent} ({rate:F1}/s, target {target:0.#}/s)  ok {total.Ok}  conflicts {total.Conflicts}  errors {total.Errors}"
            + $"  in flight {total.InFlight}  latency avg {interval.AverageLatency.TotalMilliseconds:F0} ms max {maxLatency.TotalMilliseconds:F0} ms";
        return line
            + (interval.Dropped > 0 ? $"  behind: dropped {interval.Dropped}" : "")
            + (interval.Idle > 0 ? $"  idle {interval.Idle}" : "");
    }
}
