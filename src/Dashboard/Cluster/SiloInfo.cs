namespace Anju.Dashboard.Cluster;

/// <summary>One silo as the cluster panel shows it.</summary>
public sealed record SiloInfo(string Address, string Name, string Status, DateTimeOffset StartedAt);
