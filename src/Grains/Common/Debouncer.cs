namespace Anju.Common;

/// <summary>
/// Runs <c>flush</c> once, <c>delay</c> after the first <see cref="Touch"/> since the last flush:
/// many changes inside the delay cost one flush that carries the latest state. A failed flush
/// is retried after another delay. Lives inside one grain and uses its timers, so it needs no locks.
/// </summary>
public sealed class Debouncer(IGrainBase grain, TimeSpan delay, Func<Task> flush)
{
    private IGrainTimer? _timer;

    /// <summary>Something changed: make sure a flush is scheduled.</summary>
    public void Touch() => _timer ??= grain.RegisterGrainTimer(RunAsync, delay, Timeout.InfiniteTimeSpan);

    private async Task RunAsync()
    {
        _timer?.Dispose();
        _timer = null;
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
