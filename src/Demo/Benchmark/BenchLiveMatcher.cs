namespace Anju.Demo.Benchmark;

/// <summary>
/// Matches what one screen sees against the dwelling changes the load made, by count. Every benchmark event is
/// made of dwelling commands, each adding exactly one to its dwelling's version, and the load logs one entry per
/// version step its answers show (<see cref="BenchLiveAckLog"/>); an estate's summary carries <c>changes</c>, the
/// sum of its dwellings' versions. So when a screen sees an estate's count go from P to C, C − P more of that
/// estate's logged changes are on screen: the matcher takes that many from the estate's log, oldest first, with
/// latency = receive time − send time.
/// <para>
/// A screen can see a change before the HTTP answer for it reaches the load (the rollups are faster than the
/// response): then the log holds fewer entries than the count says. Each update's shortfall is a debt with that
/// update's receive time, paid oldest debt first from the next entries logged for the estate whenever the screen
/// looks again (its next update, or the end of the window). An entry sent after the debt's update arrived cannot
/// be what it showed (its answer overtook the slower answer of the change shown, or the change shown had no
/// answer in time, e.g. a request that landed but failed and is logged with the dwelling's next answer): it pays
/// the debt so the counts stay aligned, but is counted in <see cref="Mismatched"/>, not sampled. The first
/// count a screen sees (the snapshot) is its baseline: entries logged before it are taken as already shown.
/// </para>
/// Not thread-safe: the screen calls it under its own lock.
/// </summary>
public sealed class BenchLiveMatcher(BenchLiveAcks acks)
{
    private readonly Dictionary<string, Cursor> _estates = new(StringComparer.Ordinal);

    /// <summary>Entries that paid a debt although sent after the update that ran into it (not sampled).</summary>
    public long Mismatched { get; private set; }

    /// <summary>Changes seen on screen whose entries have not been logged (yet).</summary>
    public long Debt => _estates.Values.Sum(c => c.Owed);

    /// <summary>An estate's summary with <paramref name="changes"/> arrived at <paramref name="received"/> (UTC ticks);
    /// each newly shown change is handed to <paramref name="shown"/>. A count not above the last one shows nothing.
    /// <paramref name="estateAt"/> is when the estate took in the figures the summary carries (UTC ticks; 0: unknown).</summary>
    public void Seen(string estateId, long changes, long received, Action<Shown> shown, long estateAt = 0)
    {
        if (!_estates.TryGetValue(estateId, out var cursor))
        {
            var log = acks.For(estateId);
            _estates[estateId] = new Cursor(log) { Changes = changes, Next = log.Count };
            return;
        }

        if (changes > cursor.Changes)
        {
            cursor.Debts.Enqueue(new Shortfall(changes - cursor.Changes, received, estateAt));
            cursor.Changes = changes;
        }

        Settle(cursor, shown);
    }

    /// <summary>Pays every debt the logs can now pay (e.g. at the end of the window).</summary>
    public void SettleAll(Action<Shown> shown)
    {
        foreach (var cursor in _estates.Values)
        {
            Settle(cursor, shown);
        }
    }

    /// <summary>Logged changes of the screen's estates, sent before <paramref name="beforeTicks"/>, that no update has
    /// shown yet. Call <see cref="SettleAll"/> first: an estate still in debt then has no entry left to show.</summary>
    public int Unseen(long beforeTicks) =>
        _estates.Values.Sum(c => c.Owed > 0 ? 0 : c.Log.CountSentBefore(c.Next, beforeTicks));

    private void Settle(Cursor cursor, Action<Shown> shown)
    {
        while (cursor.Debts.TryPeek(out var debt))
        {
            var taken = cursor.Log.Take(cursor.Next, (int)Math.Min(int.MaxValue, debt.Remaining), sent =>
            {
                if (sent > debt.SeenAt)
                {
                    Mismatched++;
                    return;
                }

                shown(new Shown(debt.SeenAt - sent, debt.First, debt.SeenAt, debt.EstateAt > 0 ? debt.EstateAt - sent : null));
                debt.First = false;
            });
            cursor.Next += taken;
            debt.Remaining -= taken;
            if (debt.Remaining > 0)
            {
                return;
            }

            cursor.Debts.Dequeue();
        }
    }

    /// <summary>A change matched to an update: its latency (ticks), whether it is the oldest the update showed,
    /// when the update showing it arrived (UTC ticks), and how long the change took to reach the estate's figures
    /// (ticks, when the update said when the estate took it in).</summary>
    public readonly record struct Shown(long Latency, bool First, long SeenAt, long? ToEstate = null);

    /// <summary>Changes one update showed that the log has not paid yet.</summary>
    private sealed class Shortfall(long count, long seenAt, long estateAt)
    {
        public long Remaining { get; set; } = count;

        public long SeenAt { get; } = seenAt;

        public long EstateAt { get; } = estateAt;

        /// <summary>No sample taken for this update yet: the next one is its oldest.</summary>
        public bool First { get; set; } = true;
    }

    private sealed class Cursor(BenchLiveAckLog log)
    {
        public BenchLiveAckLog Log { get; } = log;

        public long Changes { get; set; }

        /// <summary>Index of the first log entry not yet matched.</summary>
        public int Next { get; set; }

        public Queue<Shortfall> Debts { get; } = new();

        public long Owed => Debts.Sum(d => d.Remaining);
    }
}
