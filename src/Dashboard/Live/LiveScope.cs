using Anju.Live;

namespace Anju.Dashboard.Live;

/// <summary>A checked scope: its kind (<see cref="Scopes"/>), its id within the kind and its canonical name (which
/// is also the SignalR group and the live-feed grain key).</summary>
public sealed record LiveScope(string Kind, string Id, string Name)
{
    /// <summary>Not a feed scope: the cluster panel, subscribed with <c>SubscribeCluster</c>.</summary>
    public static readonly LiveScope Cluster = new(Scopes.Cluster, "", Scopes.Cluster);
}
