using System.Diagnostics;

namespace Anju.Common;

/// <summary>
/// Runs <c>flush</c> at most once per <c>delay</c>, carrying the latest state: a <see cref="Touch"/> after a
/// quiet spell (the last flush began at least <c>delay</c> ago) flushes at once; touches inside the delay wait
/// for the first flush <c>delay</c> after the last one, so many changes still cost one flush. Leading edge, not
/// trailing: a change never waits for a delay that has no earlier flush to keep apart from, and under steady
/// change the rate and batching are those of a trailing debounce. A failed flush is retried after another delay.
/// Lives inside one grain and uses its timers (a due flush runs on a zero-delay timer, never inside the caller's
/// turn), so it needs no locks.
/// </summary>
public sealed class Debouncer(IGrainBase grain, TimeSpan delay, Func<Task> flush)
{
    private IGrainTimer? _timer;
    private long _lastFlush;
    private bool _flushed;

    /// <summary>Something changed: make sure a flush is scheduled.</summary>
    public void Touch()
    {
        if (_timer is not null)
        {
            return;
        }

        var wait = _flushed ? delay - Stopwatch.GetElapsedTime(_lastFlush) : TimeSpan.Zero;
        _timer = grain.RegisterGrainTimer(RunAsync, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private async Task RunAsync()
    {
        _timer?.Dispose();
        _timer = null;
        (_lastFlush, _flushed) = (Stopwatch.GetTimestamp(), true);
        try
        {
            await flush();
        }
        catch
        {
            Touch();
            throw;
        }
    }
}
