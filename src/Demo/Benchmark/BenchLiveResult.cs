using Anju.Demo.Driving;

namespace Anju.Demo.Benchmark;

/// <summary>Everything one <c>bench-live</c> run measured inside its window, and how it prints.</summary>
public sealed record BenchLiveResult(
    BenchLiveOptions Options,
    TimeSpan Window,
    DriveCounts Events,
    long Retries,
    BenchLivePercentiles Oldest,
    BenchLivePercentiles Every,
    BenchLivePercentiles ToEstate,
    BenchLiveTimeline Timeline,
    IReadOnlyList<long> MessagesPerScreen,
    long Unseen,
    long Mismatched,
    BenchLiveCpu Before,
    BenchLiveCpu After,
    (int? Dashboard, int? Silo) Pids,
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>The issue's target: event-to-screen latency p99 under 250 ms.</summary>
    public static readonly TimeSpan TargetP99 = TimeSpan.FromMilliseconds(250);

    public bool TargetMet => Oldest.Count > 0 && Oldest.At(99) < TargetP99.TotalMilliseconds;

    public void Print(TextWriter o)
    {
        var seconds = Math.Max(Window.TotalSeconds, 0.001);
        var elapsed = TimeSpan.FromSeconds(seconds);
        var perScreen = MessagesPerScreen.Select(m => m / seconds).DefaultIfEmpty(0).ToList();
        o.WriteLine();
        o.WriteLine($"bench-live: {Options.Clients} screens on district scopes, {Options.Rate:0.#} events/s target, "
            + $"{seconds:F0} s measured after {Options.Warmup.TotalSeconds:F0} s warm-up (seed {Options.Seed}); "
            + $"screens speak {Options.Protocol}");
        Row(o, "events", $"sent {Events.Sent} ({Events.Sent / seconds:F0}/s of {Options.Rate:0.#}/s), acknowledged {Events.Ok} ({Events.Ok / seconds:F0}/s), "
            + $"conflicts {Events.Conflicts}, API errors {Events.Errors}, dropped slots {Events.Dropped}, retries {Retries}");
        Row(o, "API latency", $"avg {Events.AverageLatency.TotalMilliseconds:F1} ms per event");
        Row(o, "to screen", $"{Oldest}  target p99 < {TargetP99.TotalMilliseconds:F0} ms: {(TargetMet ? "met" : "MISSED")}");
        Row(o, "", "(per estate update a screen saw: receive time − request send time of the oldest dwelling change it newly shows,");
        Row(o, "", " so the API's durable write is included; matched by the estate's change count, the sum of its dwelling versions)");
        if (ToEstate.Count > 0)
        {
            Row(o, "to estate", $"{ToEstate}  (of the samples above: send → the estate's newest change in that update (its version's");
            Row(o, "", " time): client batch, API, journal commit, grid and estate, overstated by up to the estate's report delay;");
            Row(o, "", " the rest is the estate's delay, district, feed cap, dashboard and screen)");
        }

        Row(o, "by second", $"{Timeline.SecondsAtOrOver(TargetP99.TotalMilliseconds)} of {Timeline.Seconds} seconds had their own to-screen p99 at or over the target;");
        Row(o, "", $"p99 each second (ms) from {Timeline.Start:HH:mm:ss} UTC: {Timeline.P99s()}");
        Row(o, "", $"p50 each second (ms): {Timeline.P50s()}");
        Row(o, "every event", $"{Every}  (one sample per dwelling change; an allocation is two)");
        Row(o, "unseen", $"{Unseen} (screen, change) pairs the load's answers showed, sent over 5 s before the end of the window, not yet on screen");
        Row(o, "mismatched", $"{Mismatched} (screen, change) pairs where the screen showed a change before the load sent the request paired with it "
            + "(not sampled: an answer overtaken by a later request's, or a change no answer showed in time)");
        Row(o, "messages", $"{perScreen.Average():F2} per screen per second (min {perScreen.Min():F2}, max {perScreen.Max():F2}); "
            + $"{MessagesPerScreen.Sum() / seconds:F0}/s over all screens");
        Row(o, "dashboard CPU", Cpu(BenchLiveCpu.CorePercent(Before.Dashboard, After.Dashboard, elapsed), Pids.Dashboard));
        Row(o, "silo CPU", Cpu(BenchLiveCpu.CorePercent(Before.Silo, After.Silo, elapsed), Pids.Silo));
        Row(o, "bench CPU", Cpu(BenchLiveCpu.CorePercent(Before.Self, After.Self, elapsed), Environment.ProcessId));
        var machine = BenchLiveCpu.MachinePercent(Before, After);
        Row(o, "machine", $"{(machine is { } m ? $"{m:F0} % busy" : "?")} of {Environment.ProcessorCount} cores; load average {LoadBefore} before, {LoadAfter} after");
    }

    private static string Cpu(double? percent, int? pid) =>
        percent is { } p ? $"{p:F0} % of one core (pid {pid})" : pid is null ? "not measured (process not found: pass its pid)" : $"unreadable (pid {pid})";

    private static void Row(TextWriter o, string label, string value) => o.WriteLine($"  {label,-14} {value}");
}
