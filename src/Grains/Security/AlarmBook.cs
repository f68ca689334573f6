using Anju.Common;

namespace Anju.Security;

/// <summary>The alarm state machine over an estate's alarm list: one open alarm per originator and type
/// (repeats raise its count), acknowledge with an actor, clear. Pure: the list is the grain's state.</summary>
internal static class AlarmBook
{
    public static Alarm? Open(IReadOnlyList<Alarm> alarms, AlarmType type, string originator) =>
        alarms.FirstOrDefault(a => a.IsOpen && a.Type == type && a.Originator == originator);

    /// <summary>An alarm raised from outside the desk, checked: known type and severity, originator and detail given.</summary>
    public static RaiseAlarm Valid(RaiseAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        if (!Enum.IsDefined(alarm.Type))
        {
            throw new ValidationException("type", $"type must be one of {string.Join(", ", Enum.GetNames<AlarmType>())}.");
        }

        if (!Enum.IsDefined(alarm.Severity))
        {
            throw new ValidationException("severity", $"severity must be one of {string.Join(", ", Enum.GetNames<AlarmSeverity>())}.");
        }

        return alarm with { Originator = Validate.Text("originator", alarm.Originator, 100), Detail = Validate.Text("detail", alarm.Detail, 500) };
    }

    /// <summary>Raises (or repeats) an alarm on the desk, numbering new ones from the desk's counter.</summary>
    public static Alarm Raise(SecurityDeskState desk, RaiseAlarm raise, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return Raise(desk.Alarms, () => $"AL-{desk.NextAlarm++:D6}", raise, now);
    }

    /// <summary>Raises a new alarm, or repeats the open one (count + 1, detail and severity refreshed).</summary>
    public static Alarm Raise(List<Alarm> alarms, Func<string> nextId, RaiseAlarm raise, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(raise);
        if (Open(alarms, raise.Type, raise.Originator) is { } open)
        {
            var repeated = open with { Count = open.Count + 1, LastRaisedAt = now, Detail = raise.Detail, Severity = Max(open.Severity, raise.Severity) };
            alarms[alarms.IndexOf(open)] = repeated;
            return repeated;
        }

        var alarm = new Alarm(nextId(), raise.Type, raise.Severity, raise.Originator, AlarmState.ActiveUnacknowledged, 1, raise.Detail, now, now);
        alarms.Add(alarm);
        return alarm;
    }

    /// <summary>Clears the open alarm of this originator and type; false when there is none.</summary>
    public static bool Clear(List<Alarm> alarms, AlarmType type, string originator, DateTimeOffset now, int clearedKept)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        if (Open(alarms, type, originator) is not { } open)
        {
            return false;
        }

        alarms[alarms.IndexOf(open)] = open with { State = AlarmState.Cleared, ClearedAt = now };
        Trim(alarms, clearedKept);
        return true;
    }

    /// <summary>Records who acknowledged. An open alarm becomes active-acknowledged; a cleared one stays cleared.
    /// Acknowledging twice keeps the first actor.</summary>
    public static Alarm Acknowledge(List<Alarm> alarms, string alarmId, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        var who = Validate.Text("actor", actor, 100);
        var alarm = alarms.FirstOrDefault(a => a.AlarmId == alarmId) ?? throw new NotFoundException("alarm", alarmId);
        if (alarm.AcknowledgedBy is not null)
        {
            return alarm;
        }

        var acknowledged = alarm with
        {
            State = alarm.IsOpen ? AlarmState.ActiveAcknowledged : AlarmState.Cleared,
            AcknowledgedBy = who,
            AcknowledgedAt = now,
        };
        alarms[alarms.IndexOf(alarm)] = acknowledged;
        return acknowledged;
    }

    /// <summary>Open alarms (and cleared ones when asked), most severe and newest first.</summary>
    public static IReadOnlyList<Alarm> List(IEnumerable<Alarm> alarms, bool includeCleared) =>
        [.. alarms.Where(a => includeCleared || a.IsOpen).OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastRaisedAt)];

    public static (int Active, int Unacknowledged) Counts(IEnumerable<Alarm> alarms)
    {
        int active = 0, unacknowledged = 0;
        foreach (var a in alarms)
        {
            active += a.IsOpen ? 1 : 0;
            unacknowledged += a.State == AlarmState.ActiveUnacknowledged ? 1 : 0;
        }

        return (active, unacknowledged);
    }

    /// <summary>Keeps every open alarm and the newest cleared ones.</summary>
    private static void Trim(List<Alarm> alarms, int clearedKept)
    {
        var cleared = alarms.Where(a => !a.IsOpen).OrderBy(a => a.ClearedAt).ToList();
        foreach (var old in cleared.Take(Math.Max(0, cleared.Count - clearedKept)))
        {
            alarms.Remove(old);
        }
    }

    private static AlarmSeverity Max(AlarmSeverity a, AlarmSeverity b) => a >= b ? a : b;
}
