using System.Diagnostics;
using Anju.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Anju.Live;

/// <summary>
/// Coalesces one scope's updates: holds only the latest, sends at most
/// <see cref="LiveFeedOptions.MaxUpdatesPerSecond"/> to the subscribed dashboard hosts.
/// Reentrant because publishing and subscribing only touch in-memory fields.
/// </summary>
[Reentrant]
internal sealed class LiveFeedGrain(ILogger<LiveFeedGrain> log, IOptions<LiveFeedOptions> options, TimeProvider clock)
    : Grain, ILiveFeedGrain
{
    private readonly ObserverManager<ILiveObserver> _observers = new(options.Value.SubscriptionExpiry, log);
    private LiveUpdate? _pending;
    private ActivityContext _pendingOrigin;
    private long _latestVersion = long.MinValue;
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;
    private IGrainTimer? _flush;

    public Task SubscribeAsync(ILiveObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ILiveObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(LiveUpdate update)
    {
        if (update.Version <= _latestVersion)
        {
            return Task.CompletedTask;
        }

        _latestVersion = update.Version;
        _pending = update;
        _pendingOrigin = GrainTracing.Origin();
        if (_flush is not null)
        {
            return Task.CompletedTask; // the scheduled send will carry this, the newest
        }

        var wait = _lastSent + options.Value.MinInterval - clock.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            Flush();
        }
        else
        {
            _flush = this.RegisterGrainTimer(() =>
            {
                _flush?.Dispose();
                _flush = null;
                Flush();
                return Task.CompletedTask;
            }, wait, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private void Flush()
    {
        if (_pending is not { } update)
        {
            return;
        }

        _pending = null;
        _lastSent = clock.GetUtcNow();
        if (_observers.Count > 0)
        {
            // The push to the dashboard hosts goes on in the trace of the change that made this update (the latest).
            using var activity = GrainTracing.Continue("live feed push", _pendingOrigin);
            activity?.SetTag("anju.scope", update.Scope);
            IReadOnlyList<LiveUpdate> batch = [update];
            _observers.Notify(o => o.OnUpdatesAsync(batch));
        }
    }
}
