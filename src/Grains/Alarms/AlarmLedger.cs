namespace Anju.Alarms;

/// <summary>A stream's alarms in memory, the newest version of each, and the board derived from them and the clock.
/// Pure apart from holding the dictionary: the grain owns one and drives it.</summary>
internal sealed class AlarmLedger(AlarmOptions options)
{
    private readonly Dictionary<string, StreamAlarm> _alarms = new(StringComparer.Ordinal);

    public int Count => _alarms.Count;

    public IEnumerable<StreamAlarm> All => _alarms.Values;

    public StreamAlarm? Find(string alarmId) => _alarms.GetValueOrDefault(alarmId);

    /// <summary>Keeps <paramref name="alarm"/> when it is newer than the one held; true when it was.</summary>
    public bool Apply(StreamAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        if (!AlarmRules.Newer(Find(alarm.AlarmId), alarm))
        {
            return false;
        }

        _alarms[alarm.AlarmId] = alarm;
        return true;
    }

    /// <summary>Forgets cleared alarms the board no longer shows; true when any went.</summary>
    public bool Trim(DateTimeOffset now)
    {
        var kept = AlarmRules.RecentlyCleared(_alarms.Values, now, options).Select(a => a.AlarmId).ToHashSet(StringComparer.Ordinal);
        var gone = _alarms.Values.Where(a => !a.IsOpen && !kept.Contains(a.AlarmId)).Select(a => a.AlarmId).ToList();
        gone.ForEach(id => _alarms.Remove(id));
        return gone.Count > 0;
    }

    /// <summary>The board at <paramref name="now"/>: open alarms ordered with their risen severity, reminders and
    /// situation; the recently cleared; the situations.</summary>
    public AlarmBoard Board(string? district, long version, DateTimeOffset now)
    {
        var open = AlarmRules.Order(_alarms.Values.Where(a => a.IsOpen).Select(a => Derive(a, now))).ToList();
        var situations = AlarmSituations.Group(open, options.SituationWindow);
        var cleared = AlarmRules.RecentlyCleared(_alarms.Values, now, options).Select(a => Derive(a, now)).ToList();
        return new AlarmBoard(district, version, AlarmSituations.Mark(open, situations), cleared, situations)
        {
            Unacknowledged = open.Count(a => a.Alarm.AcknowledgedBy is null),
        };
    }

    /// <summary>What changes the board by the clock alone (severities and reminders): when this changes, publish.</summary>
    public long ClockMarks(DateTimeOffset now)
    {
        long marks = 0;
        foreach (var a in _alarms.Values.Where(a => a.IsOpen && a.AcknowledgedBy is null))
        {
            marks += ((long)AlarmRules.Severity(a, now, options.Rises) << 32) + AlarmRules.Reminders(a, now, options.RemindEvery);
        }

        return marks;
    }

    private BoardAlarm Derive(StreamAlarm alarm, DateTimeOffset now) =>
        new(alarm, AlarmRules.Severity(alarm, now, options.Rises), AlarmRules.Reminders(alarm, now, options.RemindEvery), null);
}
