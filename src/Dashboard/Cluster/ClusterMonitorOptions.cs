namespace Anju.Dashboard.Cluster;

/// <summary>How often the cluster panel is refreshed (configuration section "ClusterMonitor").</summary>
public sealed class ClusterMonitorOptions
{
    /// <summary>The membership is read this often; screens hear of it only when it changed.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A read slower than this counts as "cluster unreachable".</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);
}
