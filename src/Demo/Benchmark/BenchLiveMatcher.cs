namespace Anju.Demo.Benchmark;

/// <summary>
/// Matches what one screen sees against the events the load sent, by count. Every benchmark event is one
/// dwelling command, and each adds exactly one to its dwelling's version; an estate's summary carries
/// <c>changes</c>, the sum of its dwellings' versions. So when a screen sees an estate's count go from P to C,
/// C − P more of that estate's events are on screen: the matcher takes that many from the estate's
/// acknowledgement log, oldest first, with latency = receive time − send time.
/// <para>
/// A screen can see a change before the HTTP answer for it reaches the load (the rollups are faster than the
/// response): then the log has fewer entries than the count says. The shortfall is a debt, settled from the
/// next acknowledgements of that estate as soon as the screen looks again, with the receive time of the update
/// that showed them (the later one when debts pile up, so latency is never understated). The first count a
/// screen sees (the snapshot) is its baseline: events the log holds before it are taken as already shown.
/// </para>
/// Not thread-safe: the screen calls it under its own lock.
/// </summary>
public sealed class BenchLiveMatcher(BenchLiveAcks acks)
{
    private readonly Dictionary<string, Cursor> _estates = new(StringComparer.Ordinal);

    /// <summary>An estate's summary with <paramref name="changes"/> arrived at <paramref name="received"/>; each newly
    /// shown event is handed to <paramref name="shown"/>.</summary>
    public void Seen(string estateId, long changes, long received, Action<Shown> shown)
    {
        var log = acks.For(estateId);
        if (!_estates.TryGetValue(estateId, out var cursor))
        {
            // Baseline: whatever the load has had acknowledged so far counts as shown already.
            _estates[estateId] = new Cursor { Changes = changes, Next = log.Count };
            return;
        }

        var first = true;
        void Take(int count, long seenAt)
        {
            var taken = log.Take(cursor.Next, count, seenAt, sent =>
            {
                shown(new Shown(seenAt - sent, first, seenAt));
                first = false;
            });
            cursor.Next += taken;
            if (count - taken > 0)
            {
                cursor.DebtNeedsFirst |= taken == 0 && cursor.Debt == 0; // this update has no sample yet
                cursor.Debt += count - taken;
                cursor.DebtSeenAt = Math.Max(cursor.DebtSeenAt, seenAt);
            }
        }

        Settle(cursor, log, shown);
        if (changes > cursor.Changes)
        {
            var delta = (int)Math.Min(int.MaxValue, changes - cursor.Changes);
            cursor.Changes = changes;
            Take(delta, received);
            Settle(cursor, log, shown); // drops at once a shortfall that later-sent events cannot pay
        }
    }

    /// <summary>Settles every debt the log can now pay (e.g. at the end of the window).</summary>
    public void SettleAll(Action<Shown> shown)
    {
        foreach (var (estateId, cursor) in _estates)
        {
            Settle(cursor, acks.For(estateId), shown);
        }
    }

    /// <summary>Events of the screen's estates acknowledged, sent before <paramref name="beforeTicks"/> and not yet
    /// matched to anything the screen saw (debts the log could pay are counted as shown).</summary>
    public int Unseen(long beforeTicks) =>
        _estates.Sum(e => Math.Max(0, acks.For(e.Key).CountSentBefore(e.Value.Next, beforeTicks) - e.Value.Debt));

    /// <summary>Events seen on screen whose acknowledgement has not arrived (yet).</summary>
    public int Debt => _estates.Values.Sum(c => c.Debt);

    /// <summary>Changes a screen saw that no event of the load can explain (sent before it was seen); left out.</summary>
    public long Foreign => _estates.Values.Sum(c => c.Foreign);

    private static void Settle(Cursor cursor, BenchLiveAckLog log, Action<Shown> shown)
    {
        if (cursor.Debt == 0)
        {
            return;
        }

        var first = cursor.DebtNeedsFirst;
        var seenAt = cursor.DebtSeenAt;
        var taken = log.Take(cursor.Next, cursor.Debt, seenAt, sent =>
        {
            shown(new Shown(seenAt - sent, first, seenAt));
            first = false;
        });
        cursor.Next += taken;
        cursor.Debt -= taken;
        cursor.DebtNeedsFirst &= taken == 0;
        if (cursor.Debt > 0 && log.SentAfter(cursor.Next, seenAt))
        {
            // The next event was sent after the screen saw the change: no event of the load can pay the rest.
            // Those changes came from elsewhere (a grid whose report the estate had missed, say): not latency.
            cursor.Foreign += cursor.Debt;
            (cursor.Debt, cursor.DebtNeedsFirst) = (0, false);
        }
    }

    /// <summary>An event matched to an update: its latency (ticks), whether it is the oldest the update showed,
    /// and when the update showing it arrived (UTC ticks).</summary>
    public readonly record struct Shown(long Latency, bool First, long SeenAt);

    private sealed class Cursor
    {
        public long Changes { get; set; }

        public int Next { get; set; }

        public int Debt { get; set; }

        public long DebtSeenAt { get; set; }

        public long Foreign { get; set; }

        /// <summary>The update that ran into the debt showed nothing from the log yet: its first settled event is its sample.</summary>
        public bool DebtNeedsFirst { get; set; }
    }
}
