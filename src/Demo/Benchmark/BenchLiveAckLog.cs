namespace Anju.Demo.Benchmark;

/// <summary>
/// When each successful event of one estate was acknowledged by the API (UTC ticks), in the order
/// acknowledged. Append-only and taken under a lock, so the times are non-decreasing and a reader's
/// cursor (an index) stays valid however much is appended after it.
/// </summary>
public sealed class BenchLiveAckLog
{
    private readonly Lock _gate = new();
    private long[] _ticks = new long[256];
    private int _count;

    /// <summary>Appends an acknowledgement at the current time.</summary>
    public void Add()
    {
        lock (_gate)
        {
            if (_count == _ticks.Length)
            {
                Array.Resize(ref _ticks, _count * 2);
            }

            // Read the clock inside the lock: the log stays sorted.
            _ticks[_count++] = DateTime.UtcNow.Ticks;
        }
    }

    /// <summary>Hands every acknowledgement from index <paramref name="from"/> on that is at or before
    /// <paramref name="cutoffTicks"/> to <paramref name="each"/>, oldest first; returns the index after the last one handed.</summary>
    public int Take(int from, long cutoffTicks, Action<long> each)
    {
        lock (_gate)
        {
            var i = from;
            for (; i < _count && _ticks[i] <= cutoffTicks; i++)
            {
                each(_ticks[i]);
            }

            return i;
        }
    }

    /// <summary>How many acknowledgements from index <paramref name="from"/> on are at or before <paramref name="cutoffTicks"/>.</summary>
    public int CountFrom(int from, long cutoffTicks)
    {
        lock (_gate)
        {
            var n = 0;
            for (var i = from; i < _count && _ticks[i] <= cutoffTicks; i++)
            {
                n++;
            }

            return n;
        }
    }
}
