using Anju.Live;

namespace Anju.Dashboard.Live;

/// <summary>A checked scope: its kind, its id within the kind and its canonical name (which
/// is also the SignalR group and the live-feed grain key).</summary>
public sealed record LiveScope(string Kind, string Id, string Name)
{
    public const string CityKind = Scopes.City;
    public const string DistrictKind = "district";
    public const string EstateKind = "estate";

    /// <summary>An estate's open incidents (the incident desk's list).</summary>
    public const string IncidentsKind = "incidents";

    /// <summary>Not a feed scope: the cluster panel, subscribed with <c>SubscribeCluster</c>.</summary>
    public const string ClusterKind = "cluster";

    public static readonly LiveScope Cluster = new(ClusterKind, "", ClusterKind);
}
