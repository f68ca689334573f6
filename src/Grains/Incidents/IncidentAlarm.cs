using Anju.Alarms;
using Anju.Security;

namespace Anju.Incidents;

/// <summary>A case's escalation as an alarm on the command centre's stream: open from the case's latest climb up the
/// ladder (a breached clock or a decision) while it stays open at that rung; cleared when the case closes or comes back
/// down. A case that never climbed has none. One alarm per case (<c>incidents:TH-0001:{caseId}</c>); its version is
/// twice the case's, leaving the odd one above for the stream's acknowledgement (<see cref="EscalationAcks"/>).</summary>
internal static class IncidentAlarm
{
    public const string Type = "escalated";

    public static StreamAlarm? Of(IncidentSummary current, IReadOnlyList<IncidentStep> history)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(history);
        var climb = history.LastOrDefault(s => s.Action == nameof(IncidentAction.Escalate));
        if (climb is null || current.District is not { } district)
        {
            return null;
        }

        var down = history.LastOrDefault(s => s.Action == nameof(IncidentAction.DeEscalate) && s.At >= climb.At);
        var clearedAt = down?.At ?? (IncidentLifecycle.IsOpen(current.Status) ? null : current.ClosedAt ?? current.UpdatedAt);
        var location = current.Location;
        return new StreamAlarm(StreamAlarm.IdOf(AlarmSource.Incidents, location.EstateId, current.IncidentId), current.Version * 2, AlarmSource.Incidents,
            Type, location.EstateId, district, SeverityOf(current.Severity), clearedAt is null ? AlarmState.ActiveUnacknowledged : AlarmState.Cleared,
            $"{current.Category} → {climb.Level}: {climb.Reason}", climb.At, current.UpdatedAt)
        {
            BuildingId = location.BuildingId,
            GridId = location.GridId,
            Originator = current.IncidentId,
            IncidentId = current.IncidentId,
            ClearedAt = clearedAt,
        };
    }

    private static AlarmSeverity SeverityOf(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Critical => AlarmSeverity.Critical,
        IncidentSeverity.Major => AlarmSeverity.Major,
        _ => AlarmSeverity.Minor,
    };
}
