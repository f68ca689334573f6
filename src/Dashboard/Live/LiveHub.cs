using Anju.Access;
using Anju.Dashboard.Cluster;
using Anju.Dashboard.Hosting;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>
/// Screens subscribe to scopes here. Each subscription is checked by <see cref="IScopeAuthorizer"/>,
/// joins the SignalR group of its scope, makes sure this host is on the scope's feed and then
/// sends a snapshot; updates follow through <see cref="LiveRelay"/>. After a reconnect a screen
/// simply subscribes again and gets a fresh snapshot.
/// </summary>
public sealed class LiveHub(
    IScopeAuthorizer scopes,
    LiveRelay relay,
    LiveSnapshots snapshots,
    EstateLayouts layouts,
    ClusterMonitor cluster,
    ClusterConnector connector,
    HubConnections connections,
    ILogger<LiveHub> log) : Hub<ILiveClient>
{
    /// <summary>Watches a scope; returns its snapshot (also sent as <c>Snapshot</c>), or null
    /// for a kind that has none yet.</summary>
    [Requires(Permission.ReadFigures)]
    public async Task<LiveUpdate?> Subscribe(string scope)
    {
        var target = await scopes.AuthorizeAsync(Context.User, scope);
        if (target.Kind == Scopes.Cluster)
        {
            throw HubError.Of(HubErrorCode.InvalidScope, "subscribe to the cluster with SubscribeCluster");
        }

        if (!connector.Connected.IsCompletedSuccessfully)
        {
            throw HubError.Of(HubErrorCode.Unavailable, "not connected to the cluster yet, try again");
        }

        // Join before reading, so nothing published after the snapshot is missed; the screen
        // drops whatever is not newer than the version it holds.
        await Groups.AddToGroupAsync(Context.ConnectionId, target.Name);
        await relay.WatchAsync(Context.ConnectionId, target.Name);
        LiveUpdate? snapshot;
        try
        {
            snapshot = await snapshots.ReadAsync(target);
        }
        catch (Exception ex)
        {
            await LeaveAsync(target.Name);
            if (ex is HubException)
            {
                throw;
            }

            log.LogWarning(ex, "Could not read the snapshot of {Scope}", target.Name);
            throw HubError.Of(HubErrorCode.Unavailable, $"{target.Name} is unavailable, try again");
        }

        if (snapshot is not null)
        {
            await Clients.Caller.Snapshot(snapshot);
        }

        return snapshot;
    }

    /// <summary>Stops watching a scope.</summary>
    [Requires(Permission.ReadFigures)]
    public async Task Unsubscribe(string scope)
    {
        var target = await scopes.AuthorizeAsync(Context.User, scope);
        await LeaveAsync(target.Name);
    }

    /// <summary>An estate's grids, zones, buildings and attached contracts (<c>estate/&lt;id&gt;</c>),
    /// read once: grids are not a live scope. Passes the same scope check as a subscription.</summary>
    [Requires(Permission.ReadFigures)]
    public async Task<EstateLayout> GetEstateLayout(string scope)
    {
        var target = await scopes.AuthorizeAsync(Context.User, scope);
        if (target.Kind != Scopes.EstateKind)
        {
            throw HubError.Of(HubErrorCode.InvalidScope, "a layout is read for an estate scope");
        }

        if (!connector.Connected.IsCompletedSuccessfully)
        {
            throw HubError.Of(HubErrorCode.Unavailable, "not connected to the cluster yet, try again");
        }

        try
        {
            return await layouts.ReadAsync(target);
        }
        catch (Exception ex) when (ex is not HubException)
        {
            log.LogWarning(ex, "Could not read the layout of {Scope}", target.Name);
            throw HubError.Of(HubErrorCode.Unavailable, $"{target.Name} is unavailable, try again");
        }
    }

    /// <summary>Watches the cluster panel; returns the current status (also sent as <c>Cluster</c>).</summary>
    [Requires(Permission.ReadFigures)]
    public async Task<ClusterStatus> SubscribeCluster()
    {
        await scopes.AuthorizeAsync(Context.User, Scopes.Cluster);
        await Groups.AddToGroupAsync(Context.ConnectionId, ClusterMonitor.Group);
        var status = cluster.Current;
        await Clients.Caller.Cluster(status);
        return status;
    }

    /// <summary>Stops watching the cluster panel.</summary>
    [Requires(Permission.ReadFigures)]
    public Task UnsubscribeCluster() => Groups.RemoveFromGroupAsync(Context.ConnectionId, ClusterMonitor.Group);

    public override Task OnConnectedAsync()
    {
        connections.Opened(Context);
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed(Context);
        await relay.ForgetAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(string scope)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, scope);
        await relay.UnwatchAsync(Context.ConnectionId, scope);
    }
}
