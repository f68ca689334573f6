namespace Anju.Dashboard.Cluster;

/// <summary>The cluster as this dashboard host sees it. <see cref="Connected"/> is false while
/// the cluster does not answer; <see cref="At"/> is when it was last read.</summary>
public sealed record ClusterStatus(bool Connected, IReadOnlyList<SiloInfo> Silos, DateTimeOffset At)
{
    /// <summary>Same silos in the same states, whenever each was read.</summary>
    public bool SameAs(ClusterStatus other) =>
        Connected == other.Connected && Silos.SequenceEqual(other.Silos);
}
