namespace Anju.Alarms;

/// <summary>The stream's own acknowledgement of incident escalations. An incident reports its alarm at even versions
/// (<see cref="Incidents.IncidentAlarm"/>); the acknowledged copy is one higher, so the case's next report of the same
/// climb (a reminder tick) does not undo it, and the city's stream, which keeps the newest version, takes it.</summary>
internal static class EscalationAcks
{
    public static StreamAlarm Overlay(StreamAlarm alarm, EscalationAck? ack)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return ack is null || alarm.Source != AlarmSource.Incidents || alarm.AcknowledgedBy is not null || ack.RaisedAt != alarm.RaisedAt
            ? alarm
            : alarm with
            {
                Version = alarm.Version + 1,
                AcknowledgedBy = ack.By,
                AcknowledgedAt = ack.At,
                State = alarm.IsOpen ? Security.AlarmState.ActiveAcknowledged : Security.AlarmState.Cleared,
            };
    }

    /// <summary>Acks of escalations the stream holds as cleared, or as a later climb, are forgotten. One the stream does
    /// not hold is kept: after a restart its case has not re-sent it yet.</summary>
    public static bool Forget(Dictionary<string, EscalationAck> acks, Func<string, StreamAlarm?> find)
    {
        ArgumentNullException.ThrowIfNull(acks);
        ArgumentNullException.ThrowIfNull(find);
        var stale = acks.Where(a => find(a.Key) is { } alarm && (!alarm.IsOpen || alarm.RaisedAt != a.Value.RaisedAt)).Select(a => a.Key).ToList();
        stale.ForEach(k => acks.Remove(k));
        return stale.Count > 0;
    }
}
