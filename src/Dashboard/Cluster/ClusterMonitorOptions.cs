using static Anju.Hosting.OptionsCheck;

namespace Anju.Dashboard.Cluster;

/// <summary>How often the cluster panel is refreshed (configuration section "ClusterMonitor").</summary>
public sealed class ClusterMonitorOptions
{
    /// <summary>The membership is read this often; screens hear of it only when it changed.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A read slower than this counts as "cluster unreachable".</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Positive("ClusterMonitor:PollEvery", PollEvery),
        Positive("ClusterMonitor:Timeout", Timeout));
}
