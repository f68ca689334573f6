using Anju.Alarms;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>An overdue work order as an alarm on the command centre's stream: open from the order's latest breach (a
/// clock that ran out, climbing the ladder or recorded at its top) while the order is open and not yet verified;
/// cleared when its repair is verified (the repair is done, only the paperwork is left), or the order closes or is
/// cancelled. An order that never breached has none. One alarm per order (<c>workorders:TH-0001:{orderId}</c>); its
/// version is twice the order's, leaving the odd one above for the stream's acknowledgement, which the stream keeps
/// as it does an incident escalation's (<see cref="EscalationAcks"/>).</summary>
internal static class WorkOrderAlarm
{
    public const string Type = "order-overdue";

    public static StreamAlarm? Of(WorkOrderSummary current, IReadOnlyList<WorkOrderStep> history, Facility? facility)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(history);
        var breach = history.LastOrDefault(s => s.Action is "Escalate" or "Breach");
        if (breach is null || current.District.Length == 0)
        {
            return null;
        }

        var done = history.FirstOrDefault(s => s.At >= breach.At && IsDone(s.Status) && s.Action is not ("Escalate" or "Breach"));
        var clearedAt = done?.At ?? (IsDone(current.Status) ? current.ClosedAt ?? current.UpdatedAt : null);
        var name = facility is null ? current.FacilityId : $"{facility.Name} {facility.Location}".Trim();
        return new StreamAlarm(StreamAlarm.IdOf(AlarmSource.WorkOrders, current.EstateId, current.OrderId), current.Version * 2, AlarmSource.WorkOrders,
            Type, current.EstateId, current.District, FacilityAlarms.SeverityOf(current.Severity),
            clearedAt is null ? AlarmState.ActiveUnacknowledged : AlarmState.Cleared,
            $"{name} · {current.Code}: {string.Join(", ", Stages(breach))} overdue → {breach.Level}", breach.At, current.UpdatedAt)
        {
            BuildingId = current.BuildingId ?? facility?.BuildingId,
            GridId = current.GridId ?? facility?.GridId,
            Originator = current.FacilityId,
            WorkOrderId = current.OrderId,
            ClearedAt = clearedAt,
        };
    }

    private static bool IsDone(WorkOrderStatus status) => status is WorkOrderStatus.Verified or WorkOrderStatus.Closed or WorkOrderStatus.Cancelled;

    /// <summary>The stages a breach step names (its reason: <c>Accept deadline … breached; OnSite deadline …</c>).</summary>
    private static IEnumerable<WorkOrderStage> Stages(WorkOrderStep breach) =>
        (breach.Reason ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Enum.TryParse<WorkOrderStage>(part.Split(' ')[0], out var stage) ? stage : (WorkOrderStage?)null)
            .OfType<WorkOrderStage>();
}
