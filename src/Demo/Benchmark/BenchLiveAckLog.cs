namespace Anju.Demo.Benchmark;

/// <summary>
/// The successful events of one estate, in the order they were acknowledged, each with the time (UTC ticks)
/// its request was sent. Append-only and taken under a lock, so a reader's cursor (an index) stays valid
/// however much is appended after it.
/// </summary>
public sealed class BenchLiveAckLog
{
    private readonly Lock _gate = new();
    private long[] _sent = new long[256];
    private int _count;

    /// <summary>Appends an acknowledged event sent at <paramref name="sentTicks"/>.</summary>
    public void Add(long sentTicks)
    {
        lock (_gate)
        {
            if (_count == _sent.Length)
            {
                Array.Resize(ref _sent, _count * 2);
            }

            _sent[_count++] = sentTicks;
        }
    }

    /// <summary>How many events have been acknowledged so far.</summary>
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

    /// <summary>Hands up to <paramref name="max"/> events from index <paramref name="from"/> on to
    /// <paramref name="each"/> (their send times, in acknowledgement order), stopping at the first sent after
    /// <paramref name="sentBy"/> (it cannot be what a screen saw at that time); returns how many it handed.</summary>
    public int Take(int from, int max, long sentBy, Action<long> each)
    {
        lock (_gate)
        {
            var n = 0;
            for (var i = from; i < _count && n < max && _sent[i] <= sentBy; i++, n++)
            {
                each(_sent[i]);
            }

            return n;
        }
    }

    /// <summary>Whether the event at index <paramref name="at"/> is logged and was sent after <paramref name="ticks"/>.</summary>
    public bool SentAfter(int at, long ticks)
    {
        lock (_gate)
        {
            return at < _count && _sent[at] > ticks;
        }
    }

    /// <summary>How many events from index <paramref name="from"/> on were sent before <paramref name="beforeTicks"/>.</summary>
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
