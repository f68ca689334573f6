using Anju.Security;

namespace Anju.Alarms;

/// <summary>What the stream derives from an owner's alarm and the clock: the severity it has risen to and how many
/// reminders it has had. Both count the time it stayed unacknowledged: until now while it is, until it was
/// acknowledged (or cleared) after, so an acknowledged alarm keeps the level it reached and stops rising.</summary>
internal static class AlarmRules
{
    /// <summary>The newest version wins; an equal one is a repeat.</summary>
    public static bool Newer(StreamAlarm? held, StreamAlarm incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return held is null || incoming.Version > held.Version;
    }

    public static TimeSpan Unacknowledged(StreamAlarm alarm, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var until = alarm.AcknowledgedAt ?? (alarm.IsOpen ? now : alarm.ClearedAt ?? now);
        return until > alarm.RaisedAt ? until - alarm.RaisedAt : TimeSpan.Zero;
    }

    /// <summary>The owner's severity, one step up for each rise passed while unacknowledged, capped at Critical.</summary>
    public static AlarmSeverity Severity(StreamAlarm alarm, DateTimeOffset now, IReadOnlyList<TimeSpan> rises)
    {
        ArgumentNullException.ThrowIfNull(rises);
        var waited = Unacknowledged(alarm, now);
        var steps = rises.Count(r => waited >= r);
        return (AlarmSeverity)Math.Min((int)AlarmSeverity.Critical, (int)alarm.Severity + steps);
    }

    /// <summary>Reminders so far: one per full <paramref name="every"/> unacknowledged.</summary>
    public static int Reminders(StreamAlarm alarm, DateTimeOffset now, TimeSpan every) =>
        every > TimeSpan.Zero ? (int)Math.Min(int.MaxValue, Unacknowledged(alarm, now).Ticks / every.Ticks) : 0;

    /// <summary>Open alarms, most severe first, then newest.</summary>
    public static IEnumerable<BoardAlarm> Order(IEnumerable<BoardAlarm> open) =>
        open.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Alarm.RaisedAt).ThenBy(a => a.Alarm.AlarmId, StringComparer.Ordinal);

    /// <summary>Cleared alarms the board still shows: cleared within <see cref="AlarmOptions.ClearedFor"/>, the newest
    /// <see cref="AlarmOptions.ClearedKept"/>, newest first.</summary>
    public static IReadOnlyList<StreamAlarm> RecentlyCleared(IEnumerable<StreamAlarm> alarms, DateTimeOffset now, AlarmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. alarms.Where(a => !a.IsOpen && now - (a.ClearedAt ?? a.UpdatedAt) <= options.ClearedFor)
            .OrderByDescending(a => a.ClearedAt ?? a.UpdatedAt).ThenBy(a => a.AlarmId, StringComparer.Ordinal).Take(Math.Max(0, options.ClearedKept))];
    }
}
