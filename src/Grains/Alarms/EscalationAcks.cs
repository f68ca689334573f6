namespace Anju.Alarms;

/// <summary>The stream's own acknowledgement of incident escalations and overdue work orders, which have no alarm book.
/// A case or an order reports its alarm at even versions (<see cref="Incidents.IncidentAlarm"/>,
/// <see cref="Facilities.WorkOrderAlarm"/>); the acknowledged copy is one higher, so the owner's next report of the same
/// climb (a reminder tick) does not undo it, and the city's stream, which keeps the newest version, takes it.</summary>
internal static class EscalationAcks
{
    public static StreamAlarm Overlay(StreamAlarm alarm, EscalationAck? ack)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return ack is null || alarm.Source is not (AlarmSource.Incidents or AlarmSource.WorkOrders) || alarm.AcknowledgedBy is not null || ack.RaisedAt != alarm.RaisedAt
            ? alarm
            : alarm with
            {
                Version = alarm.Version + 1,
                AcknowledgedBy = ack.By,
                AcknowledgedAt = ack.At,
                State = alarm.IsOpen ? Security.AlarmState.ActiveAcknowledged : Security.AlarmState.Cleared,
            };
    }

    /// <summary>The acknowledgement to lay over a report: the durable one, else the one the held copy of the same raise
    /// carries. An ack is forgotten once its alarm clears, but the owner may report the cleared alarm again (an order
    /// verified, then closed; a case come down, then closed): the held copy keeps who acknowledged it.</summary>
    public static EscalationAck? Of(EscalationAck? ack, StreamAlarm? held) =>
        ack ?? (held is { AcknowledgedBy: { } by, AcknowledgedAt: { } at } && held.Source is AlarmSource.Incidents or AlarmSource.WorkOrders
            ? new EscalationAck(by, at, held.RaisedAt)
            : null);

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
