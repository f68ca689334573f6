using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Anju.Common;

/// <summary>
/// Runs <c>flush</c> at most once per <c>interval</c>, always carrying the latest state (a throttle with a
/// leading edge): a <see cref="Touch"/> after a quiet spell (the last flush began at least <c>interval</c> ago)
/// flushes in the grain's next turn; touches inside the interval wait for one flush <c>interval</c> after the
/// previous one began, so steady change still costs one flush per interval. A change never waits for an
/// interval that has no earlier flush to keep apart from. A failed flush is retried an interval later, unless the
/// silo is shutting down.
/// Lives inside one grain and uses its timers (the flush never runs inside the caller's turn), so it needs no locks.
/// </summary>
internal sealed class Throttle(IGrainBase grain, TimeSpan interval, Func<Task> flush)
{
    private IGrainTimer? _timer;
    private long _lastFlush;
    private bool _flushedBefore;
    private ActivityContext _origin;

    /// <summary>Something changed: make sure a flush is scheduled. The flush continues the trace of the latest change.</summary>
    public void Touch()
    {
        if (GrainTracing.Origin() is var origin && origin != default)
        {
            _origin = origin;
        }

        if (_timer is not null)
        {
            return; // the scheduled flush will carry this change
        }

        _timer = grain.RegisterGrainTimer(RunAsync, Wait(), Timeout.InfiniteTimeSpan);
    }

    /// <summary>How long until the next flush may begin: nothing after a quiet spell.</summary>
    private TimeSpan Wait()
    {
        if (!_flushedBefore)
        {
            return TimeSpan.Zero;
        }

        var wait = interval - Stopwatch.GetElapsedTime(_lastFlush);
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>While the silo shuts down, a retry an interval later would only fail (and log) again, every interval,
    /// until the host gives up; parents pull their children's figures when they next activate.</summary>
    private bool SiloStopping() =>
        grain.GrainContext.ActivationServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping.IsCancellationRequested == true;

    private async Task RunAsync()
    {
        _timer?.Dispose();
        _timer = null;
        var origin = _origin;
        _origin = default;
        using var activity = GrainTracing.Continue("rollup flush", origin);
        activity?.SetTag("anju.grain", grain.GrainContext.GrainId.ToString());
        // Stamped as the flush itself begins: the interval keeps flushes apart, not the tracing around them.
        (_lastFlush, _flushedBefore) = (Stopwatch.GetTimestamp(), true);
        try
        {
            await flush();
        }
        catch when (!SiloStopping())
        {
            Touch(); // an interval after this attempt began
            throw;
        }
    }
}
