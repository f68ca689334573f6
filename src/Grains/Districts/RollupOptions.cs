namespace Anju.Districts;

/// <summary>How rollups propagate (configuration section "Rollups").</summary>
public sealed class RollupOptions
{
    /// <summary>Changes inside this window travel up as one report (default 250 ms: a wall screen
    /// refreshes at most 4 times a second anyway).</summary>
    public TimeSpan ReportDelay { get; set; } = TimeSpan.FromMilliseconds(250);
}
