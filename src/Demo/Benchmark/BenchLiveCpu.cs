using System.Diagnostics;

namespace Anju.Demo.Benchmark;

/// <summary>CPU counters at one moment: the watched processes' ticks, the machine's, and a monotonic clock.</summary>
public sealed record BenchLiveCpu(long? Dashboard, long? Silo, long? Self, (long Busy, long Total)? Machine, long At)
{
    public static BenchLiveCpu Read(int? dashboardPid, int? siloPid) => new(
        dashboardPid is { } d ? BenchLiveProc.ProcessTicks(d) : null,
        siloPid is { } s ? BenchLiveProc.ProcessTicks(s) : null,
        BenchLiveProc.ProcessTicks(Environment.ProcessId),
        BenchLiveProc.MachineTicks(),
        Stopwatch.GetTimestamp());

    /// <summary>Share of one core a process used between <paramref name="earlier"/> and now (100 % = one core busy).</summary>
    public static double? CorePercent(long? earlier, long? later, TimeSpan elapsed) =>
        earlier is { } a && later is { } b && elapsed > TimeSpan.Zero
            ? (b - a) / BenchLiveProc.TicksPerSecond / elapsed.TotalSeconds * 100
            : null;

    /// <summary>Busy share of the whole machine (all cores) between two readings.</summary>
    public static double? MachinePercent(BenchLiveCpu earlier, BenchLiveCpu later) =>
        earlier.Machine is { } a && later.Machine is { } b && b.Total > a.Total
            ? (b.Busy - a.Busy) * 100.0 / (b.Total - a.Total)
            : null;
}
