using System.Diagnostics;

namespace Anju.Demo.Driving;

/// <summary>
/// A fixed schedule: event n is due at n / rate seconds after the start, measured on a
/// <see cref="Stopwatch"/>, so waiting never drifts. A <see cref="PeriodicTimer"/> wakes the loop;
/// each wake-up releases every event that has come due, so high rates go out in small batches.
/// When the sender falls behind by more than half a second of events, the missed slots are
/// dropped (and counted) instead of being fired later as one burst.
/// </summary>
public sealed class Pacer : IDisposable
{
    private readonly double _rate;
    private readonly long _maxBurst;
    private readonly PeriodicTimer _timer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _released;

    public Pacer(double rate)
    {
        _rate = rate;
        _maxBurst = Math.Max(1, (long)Math.Ceiling(rate / 2));
        _timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Clamp(1000 / rate, 2, 100)));
    }

    /// <summary>Waits until at least one event is due; returns how many to send now and how many slots were dropped.</summary>
    public async ValueTask<(int Due, long Dropped)> NextAsync(CancellationToken ct)
    {
        while (true)
        {
            var scheduled = (long)(_clock.Elapsed.TotalSeconds * _rate) + 1;
            var due = scheduled - _released;
            if (due > 0)
            {
                _released = scheduled;
                var send = Math.Min(due, _maxBurst);
                return ((int)send, due - send);
            }

            await _timer.WaitForNextTickAsync(ct);
        }
    }

    public void Dispose() => _timer.Dispose();
}
