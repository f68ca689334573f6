namespace Anju.Demo.Benchmark;

/// <summary>
/// The dwelling changes the load made in one estate, in the order their answers arrived: one entry per dwelling
/// version step, holding the time (UTC ticks) the event's request was sent. Append-only and taken under a lock, so
/// a reader's cursor (an index) stays valid however much is appended after it.
/// </summary>
public sealed class BenchLiveAckLog
{
    private readonly Lock _gate = new();
    private long[] _sent = new long[256];
    private int _count;

    /// <summary>Appends <paramref name="changes"/> entries for an event sent at <paramref name="sentTicks"/>.</summary>
    public void Add(long sentTicks, int changes = 1)
    {
        lock (_gate)
        {
            if (_count + changes > _sent.Length)
            {
                Array.Resize(ref _sent, Math.Max(_sent.Length * 2, _count + changes));
            }

            for (var i = 0; i < changes; i++)
            {
                _sent[_count++] = sentTicks;
            }
        }
    }

    /// <summary>How many entries have been logged so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Hands up to <paramref name="max"/> entries from index <paramref name="from"/> on to
    /// <paramref name="each"/> (their send times, in the order logged); returns how many it handed.</summary>
    public int Take(int from, int max, Action<long> each)
    {
        lock (_gate)
        {
            var n = Math.Max(0, Math.Min(max, _count - from));
            for (var i = from; i < from + n; i++)
            {
                each(_sent[i]);
            }

            return n;
        }
    }

    /// <summary>How many entries from index <paramref name="from"/> on were sent before <paramref name="beforeTicks"/>.</summary>
    public int CountSentBefore(int from, long beforeTicks)
    {
        lock (_gate)
        {
            var n = 0;
            for (var i = from; i < _count; i++)
            {
                if (_sent[i] < beforeTicks)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
