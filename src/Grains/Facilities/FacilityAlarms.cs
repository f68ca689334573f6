using Anju.Alarms;
using Anju.Incidents;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>The device-fault alarms an estate's facilities grain owns, as stream alarms: one open per facility and
/// code (a repeat counts), cleared by the same code's fault-cleared, acknowledged with the actor. Every change gets a
/// higher version, so the stream keeps the newest.</summary>
internal static class FacilityAlarms
{
    public static StreamAlarm? Open(IEnumerable<StreamAlarm> alarms, string facilityId, string code) =>
        alarms.FirstOrDefault(a => a.IsOpen && a.Originator == facilityId && a.Type == code);

    public static AlarmSeverity SeverityOf(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Critical => AlarmSeverity.Critical,
        IncidentSeverity.Major => AlarmSeverity.Major,
        _ => AlarmSeverity.Minor,
    };

    /// <summary>Raises a new alarm or counts a repeat on the open one; returns it.</summary>
    public static StreamAlarm Raise(EstateFacilitiesState state, string estateId, Facility facility, FaultCode code, string? orderId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(code);
        if (Open(state.Alarms, facility.FacilityId, code.Code) is { } open)
        {
            return Replace(state.Alarms, open, open with { Count = open.Count + 1, Version = open.Version + 1, UpdatedAt = now, WorkOrderId = open.WorkOrderId ?? orderId });
        }

        var alarm = new StreamAlarm(
            StreamAlarm.IdOf(AlarmSource.Facilities, estateId, $"FA-{state.NextAlarm++:D6}"), 1, AlarmSource.Facilities, code.Code, estateId,
            state.District ?? "", SeverityOf(code.Severity), AlarmState.ActiveUnacknowledged, $"{facility.Name} {facility.Location}".Trim(), now, now)
        {
            EstateName = state.EstateName,
            BuildingId = facility.BuildingId,
            GridId = facility.GridId,
            Originator = facility.FacilityId,
            WorkOrderId = orderId,
        };
        state.Alarms.Add(alarm);
        return alarm;
    }

    /// <summary>Clears the open alarm of the facility and code; null when none is open.</summary>
    public static StreamAlarm? Clear(EstateFacilitiesState state, string facilityId, string code, DateTimeOffset now, TimeSpan keepCleared)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Open(state.Alarms, facilityId, code) is not { } open)
        {
            return null;
        }

        var cleared = Replace(state.Alarms, open, open with { State = AlarmState.Cleared, ClearedAt = now, UpdatedAt = now, Version = open.Version + 1 });
        state.Alarms.RemoveAll(a => !a.IsOpen && a.ClearedAt < now - keepCleared);
        return cleared;
    }

    /// <summary>Records who acknowledged (the first one counts); a cleared alarm stays cleared.</summary>
    public static (StreamAlarm Alarm, bool Changed) Acknowledge(List<StreamAlarm> alarms, string alarmId, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        var who = Common.Validate.Text("actor", actor, 100);
        var alarm = alarms.FirstOrDefault(a => a.AlarmId == alarmId) ?? throw new NotFoundException("alarm", alarmId);
        if (alarm.AcknowledgedBy is not null)
        {
            return (alarm, false);
        }

        var acknowledged = alarm with
        {
            State = alarm.IsOpen ? AlarmState.ActiveAcknowledged : AlarmState.Cleared,
            AcknowledgedBy = who,
            AcknowledgedAt = now,
            UpdatedAt = now,
            Version = alarm.Version + 1,
        };
        return (Replace(alarms, alarm, acknowledged), true);
    }

    public static IReadOnlyList<StreamAlarm> List(IEnumerable<StreamAlarm> alarms, bool includeCleared) =>
        [.. alarms.Where(a => includeCleared || a.IsOpen).OrderByDescending(a => a.Severity).ThenByDescending(a => a.UpdatedAt)];

    private static StreamAlarm Replace(List<StreamAlarm> alarms, StreamAlarm old, StreamAlarm now)
    {
        alarms[alarms.IndexOf(old)] = now;
        return now;
    }
}
