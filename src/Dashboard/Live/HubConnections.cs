using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>
/// The screens connected to this host, closed as soon as shutdown starts. Without it a wall
/// screen's open connection holds the host's shutdown for the whole shutdown timeout; closed,
/// the screen reconnects at once — to another host behind the balancer, or to this one when it
/// is back — and resynchronises by snapshot.
/// </summary>
public sealed class HubConnections : IHostedService
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<HubConnections> _log;
    private CancellationTokenRegistration _stopping;

    public HubConnections(IHostApplicationLifetime lifetime, ILogger<HubConnections> log)
    {
        _lifetime = lifetime;
        _log = log;
    }

    /// <summary>How many screens are connected now.</summary>
    public int Count => _open.Count;

    /// <summary>The connections open now (a copy).</summary>
    public IReadOnlyList<HubCallerContext> Open => [.. _open.Values];

    /// <summary>True once shutdown started: new connections are closed as they arrive.</summary>
    public bool Closing => _lifetime.ApplicationStopping.IsCancellationRequested;

    public void Opened(HubCallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_open.TryAdd(context.ConnectionId, context))
        {
            LiveTelemetry.ScreenOpened();
        }

        if (Closing)
        {
            context.Abort();
        }
    }

    public void Closed(HubCallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_open.TryRemove(context.ConnectionId, out _))
        {
            LiveTelemetry.ScreenClosed();
        }
    }

    /// <summary>Closes one screen's connection (it reconnects and resynchronises by snapshot); false if it is not open or
    /// is closing already.</summary>
    public bool Abort(string connectionId)
    {
        if (!_open.TryRemove(connectionId, out var context))
        {
            return false;
        }

        LiveTelemetry.ScreenClosed();
        context.Abort();
        return true;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = _lifetime.ApplicationStopping.Register(CloseAll);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _stopping.DisposeAsync().AsTask();

    private void CloseAll()
    {
        _log.LogInformation("Shutting down: closing {Count} screen connections", _open.Count);
        foreach (var context in _open.Values)
        {
            context.Abort();
        }
    }
}
