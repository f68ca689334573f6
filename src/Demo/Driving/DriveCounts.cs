namespace Anju.Demo.Driving;

/// <summary>Counters of a drive at one moment; subtract two to get an interval.</summary>
public readonly record struct DriveCounts(long Sent, long Ok, long Conflicts, long Errors, long Idle, long Dropped, long Completed, TimeSpan Latency)
{
    public long InFlight => Sent - Completed;

    public TimeSpan AverageLatency => Completed > 0 ? Latency / Completed : TimeSpan.Zero;

    public DriveCounts Since(DriveCounts earlier) => new(
        Sent - earlier.Sent, Ok - earlier.Ok, Conflicts - earlier.Conflicts, Errors - earlier.Errors,
        Idle - earlier.Idle, Dropped - earlier.Dropped, Completed - earlier.Completed, Latency - earlier.Latency);
}
