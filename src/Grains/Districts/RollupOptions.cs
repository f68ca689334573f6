using static Anju.Hosting.OptionsCheck;

namespace Anju.Districts;

/// <summary>How rollups propagate (configuration section "Rollups").</summary>
internal sealed class RollupOptions
{
    /// <summary>The least time between two reports of one rollup to its parent (default 100 ms). A change after
    /// a quiet spell goes up at once; changes inside the interval travel as one report carrying the latest state.
    /// Every level (grid, estate, district) can add up to this much under steady change, so three levels plus the
    /// feed's own cap must stay inside the screen latency target.</summary>
    public TimeSpan ReportDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => Positive("Rollups:ReportDelay", ReportDelay);
}
