using Anju.Dashboard.Cluster;
using Anju.Live;

namespace Anju.Dashboard.Live;

/// <summary>What the server calls on a screen. The browser client matches method names
/// case-insensitively; a .NET client should use <c>nameof(ILiveClient.Snapshot)</c> and so on.</summary>
public interface ILiveClient
{
    /// <summary>The whole current state of a scope, sent on subscribe (and after a resubscribe).</summary>
    Task Snapshot(LiveUpdate update);

    /// <summary>Newer states of watched scopes, at most one per scope; drop any whose version
    /// is not above the one held. An array: MessagePack writes an argument by its runtime type, and cannot write
    /// every <c>IReadOnlyList</c> (a collection expression's list type, for one).</summary>
    Task Updates(LiveUpdate[] updates);

    /// <summary>The silos of the cluster, sent on <c>SubscribeCluster</c> and whenever they change.</summary>
    Task Cluster(ClusterStatus status);
}
