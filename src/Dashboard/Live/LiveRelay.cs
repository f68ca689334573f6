using System.Diagnostics;
using Anju.Dashboard.Hosting;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Live;

/// <summary>
/// The one live-feed observer of this dashboard host (GPSTracker's per-host hub relay). It counts
/// which connections watch which scopes, keeps this host subscribed to the feed grain of every
/// watched scope — and only those, so no backplane is needed — renews those subscriptions, and
/// forwards each batch the cluster pushes to the SignalR group of its scope.
/// </summary>
public sealed class LiveRelay(
    IGrainFactory grains,
    ClusterConnector connector,
    IHubContext<LiveHub> groups,
    HubConnections connections,
    IOptions<LiveRelayOptions> options,
    TimeProvider clock,
    ILogger<LiveRelay> log) : BackgroundService, ILiveObserver
{
    /// <summary>How long a watcher of a stalled scope has to take one more update before it is closed.</summary>
    private static readonly TimeSpan StalledProbe = TimeSpan.FromSeconds(1);

    private readonly LiveRelayOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly ScopeWatchers _watchers = new();
    private readonly Dictionary<string, Task> _feedCalls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScopeSender> _senders = new(StringComparer.Ordinal);
    private ILiveObserver? _self;
    private volatile bool _retryDue;
    private bool _stopped;

    /// <summary>The number of scopes this host is subscribed to (for tests and metrics).</summary>
    public int WatchedScopes
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Scopes.Count;
            }
        }
    }

    /// <summary>Renews every watched scope at the next turn (within <see cref="LiveRelayOptions.RetryEvery"/>) rather than
    /// at the periodic renewal: the cluster lost a silo, and with it the feed grains that knew this host.</summary>
    public void RenewSoon() => _retryDue = true;

    /// <summary>Adds a watcher; completes once the host's feed subscription for the scope has been
    /// attempted, so a snapshot read afterwards cannot miss an update.</summary>
    public Task WatchAsync(string connectionId, string scope)
    {
        lock (_gate)
        {
            return _watchers.Add(connectionId, scope)
                ? Reconcile(scope)
                : _feedCalls.GetValueOrDefault(scope, Task.CompletedTask);
        }
    }

    /// <summary>Removes one watcher; the last one out unsubscribes the host.</summary>
    public Task UnwatchAsync(string connectionId, string scope)
    {
        lock (_gate)
        {
            return _watchers.Remove(connectionId, scope) ? Reconcile(scope) : Task.CompletedTask;
        }
    }

    /// <summary>Removes a closed connection from every scope it watched.</summary>
    public Task ForgetAsync(string connectionId)
    {
        lock (_gate)
        {
            return Task.WhenAll(_watchers.RemoveConnection(connectionId).Select(Reconcile).ToList());
        }
    }

    /// <summary>
    /// Called by the feed grains: at most one update per scope, latest only. Returns at once: each scope's updates go
    /// out through its own <see cref="ScopeSender"/>, so a scope whose screens are slow to take them holds up neither
    /// other scopes nor this observer (whose calls the Orleans client runs one at a time, queueing the rest).
    /// </summary>
    public Task OnUpdatesAsync(IReadOnlyList<LiveUpdate> updates)
    {
        var origin = LiveTelemetry.Origin();
        foreach (var update in updates)
        {
            ScopeSender? sender;
            bool start;
            lock (_gate)
            {
                if (!_senders.TryGetValue(update.Scope, out sender))
                {
                    _senders[update.Scope] = sender = new ScopeSender(update.Scope);
                }

                start = sender.Offer(update, origin);
            }

            if (start)
            {
                _ = Task.Run(() => PumpAsync(sender));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Sends a scope's newest update until none is pending, one group send at a time. A send still waiting on
    /// some screen after <see cref="LiveRelayOptions.SendTimeout"/> is given up, and the screens that held it are closed.</summary>
    private async Task PumpAsync(ScopeSender sender)
    {
        Activity.Current = null; // each send names its own update's trace, not the push that started the pump
        while (true)
        {
            LiveUpdate? next;
            ActivityContext origin;
            lock (_gate)
            {
                next = sender.Take(out origin);
                if (next is null)
                {
                    _senders.Remove(sender.Scope); // idle: a scope nobody updates holds nothing
                    return;
                }
            }

            LiveUpdate[] batch = [next];
            using var timeout = new CancellationTokenSource(_options.SendTimeout, clock);
            using var send = LiveTelemetry.StartSend(sender.Scope, next.Version, origin);
            try
            {
                await Bounded(groups.Clients.Group(sender.Scope).SendAsync(nameof(ILiveClient.Updates), batch, timeout.Token), timeout.Token);
                LiveTelemetry.UpdateSent(sender.Scope);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                await CloseStalledAsync(sender.Scope, batch);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Could not forward version {Version} of {Scope} to its screens", next.Version, sender.Scope);
            }
        }
    }

    /// <summary>
    /// A group send names no connection that held it up, so each watcher of the scope gets the update once more on its
    /// own (a screen drops a version it holds already): one that cannot take it within <see cref="StalledProbe"/> either,
    /// after a whole send timeout, is closed. It reconnects and resynchronises by snapshot; until then it held the
    /// scope's other screens back by one send timeout, and no other scope at all.
    /// </summary>
    private async Task CloseStalledAsync(string scope, LiveUpdate[] batch)
    {
        IReadOnlyList<string> watchers;
        lock (_gate)
        {
            watchers = _watchers.WatchersOf(scope);
        }

        await Task.WhenAll(watchers.Select(async connectionId =>
        {
            using var probe = new CancellationTokenSource(StalledProbe, clock);
            try
            {
                await Bounded(groups.Clients.Client(connectionId).SendAsync(nameof(ILiveClient.Updates), batch, probe.Token), probe.Token);
                return;
            }
            catch (Exception) when (probe.IsCancellationRequested)
            {
                // stalled: closed below
            }
            catch (Exception ex)
            {
                log.LogDebug(ex, "Screen {Connection} of {Scope} failed its probe", connectionId, scope);
                return;
            }

            if (connections.Abort(connectionId))
            {
                log.LogWarning("Closed screen {Connection}: it took no update of {Scope} for {Timeout}", connectionId, scope, _options.SendTimeout);
            }
        }));
    }

    /// <summary>Waits for <paramref name="send"/> no longer than <paramref name="expiry"/> allows: SignalR cancels a write
    /// waiting for its turn on a connection, but one write blocked in the transport may outlast the token.</summary>
    private static async Task Bounded(Task send, CancellationToken expiry)
    {
        try
        {
            await send.WaitAsync(expiry);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !send.IsCompleted)
        {
            _ = send.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>Renews every watched scope periodically, and retries failed ones sooner.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RetryEvery, clock);
        var lastRenewal = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!_retryDue && clock.GetUtcNow() - lastRenewal < _options.RenewEvery)
            {
                continue;
            }

            _retryDue = false;
            lastRenewal = clock.GetUtcNow();
            await RenewAllAsync();
        }
    }

    /// <summary>Leaves every feed on the way out, so grains stop pushing to a host that is gone.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        IReadOnlyList<string> scopes;
        ILiveObserver? self;
        lock (_gate)
        {
            _stopped = true;
            scopes = _watchers.Clear();
            self = _self;
            _self = null;
        }

        if (self is null)
        {
            return;
        }

        try
        {
            await Task.WhenAll(scopes.Select(s => grains.GetGrain<ILiveFeedGrain>(s).UnsubscribeAsync(self)))
                .WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not leave {Count} live feed(s) on shutdown; they expire by themselves", scopes.Count);
        }

        grains.DeleteObjectReference<ILiveObserver>(self);
    }

    private Task RenewAllAsync()
    {
        lock (_gate)
        {
            foreach (var idle in _feedCalls.Where(c => c.Value.IsCompleted && !_watchers.IsWatched(c.Key)).Select(c => c.Key).ToList())
            {
                _feedCalls.Remove(idle);
            }

            return Task.WhenAll(_watchers.Scopes.Select(Reconcile).ToList());
        }
    }

    /// <summary>
    /// Queues a call that brings the feed grain in line with what this host wants right now
    /// (subscribed while watched, unsubscribed otherwise). Calls for one scope run one after
    /// another, so a quick leave-then-join can never end unsubscribed. Caller holds the lock.
    /// </summary>
    private Task Reconcile(string scope)
    {
        var previous = _feedCalls.GetValueOrDefault(scope, Task.CompletedTask);
        var next = previous.ContinueWith(_ => ReconcileNowAsync(scope), CancellationToken.None,
            TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        _feedCalls[scope] = next;
        return next;
    }

    private async Task ReconcileNowAsync(string scope)
    {
        bool watched;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            watched = _watchers.IsWatched(scope);
        }

        if (!connector.Connected.IsCompletedSuccessfully)
        {
            // Nothing to tell a cluster not yet reached; renewal subscribes once it is.
            if (watched)
            {
                _retryDue = true;
            }

            return;
        }

        try
        {
            var self = Self();
            var feed = grains.GetGrain<ILiveFeedGrain>(scope);
            await (watched ? feed.SubscribeAsync(self) : feed.UnsubscribeAsync(self));
            log.LogDebug("{Action} live feed {Scope}", watched ? "Subscribed to" : "Left", scope);
        }
        catch (Exception ex)
        {
            // A feed left while unreachable needs no retry: the grain drops unrenewed hosts.
            if (watched)
            {
                _retryDue = true;
            }

            log.LogWarning(ex, "Could not {Action} live feed {Scope}; next attempt in {Delay}",
                watched ? "subscribe to" : "leave", scope, watched ? _options.RetryEvery : _options.RenewEvery);
        }
    }

    /// <summary>This host's observer reference, made once the client can make it.</summary>
    private ILiveObserver Self()
    {
        lock (_gate)
        {
            return _self ??= grains.CreateObjectReference<ILiveObserver>(this);
        }
    }
}
