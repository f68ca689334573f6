using Anju.Estates;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>An estate's facility figures: the counts it reports (which add up across estates), status by type, the
/// open orders, and each facility's view.</summary>
internal static class FacilityTally
{
    public static FacilityCounts Counts(EstateFacilitiesState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        int open = 0, overdue = 0, preventive = 0, preventiveOverdue = 0;
        foreach (var o in state.Orders.Values.Where(o => o.IsOpen))
        {
            if (o.Kind == WorkOrderKind.Corrective)
            {
                (open, overdue) = (open + 1, overdue + (o.Overdue ? 1 : 0));
            }
            else
            {
                (preventive, preventiveOverdue) = (preventive + 1, preventiveOverdue + (PastDue(o, now) ? 1 : 0));
            }
        }

        var statuses = state.Register.Values.Select(e => e.Status).ToList();
        return new FacilityCounts(open, overdue)
        {
            Facilities = statuses.Count,
            InService = statuses.Count(s => s == FacilityStatus.InService),
            Degraded = statuses.Count(s => s == FacilityStatus.Degraded),
            OutOfService = statuses.Count(s => s == FacilityStatus.OutOfService),
            PreventiveOpen = preventive,
            PreventiveOverdue = preventiveOverdue,
            ActiveAlarms = state.Alarms.Count(a => a.IsOpen),
            UnacknowledgedAlarms = state.Alarms.Count(a => a.State == AlarmState.ActiveUnacknowledged),
            EstatesWithRegister = statuses.Count > 0 ? 1 : 0,
        };
    }

    /// <summary>A preventive order still open after its due date.</summary>
    public static bool PastDue(WorkOrderSummary o, DateTimeOffset now) =>
        o is { IsOpen: true, Kind: WorkOrderKind.Preventive, DueAt: { } due } && due < now;

    public static IReadOnlyList<FacilityTypeCount> ByType(EstateFacilitiesState state) =>
        [.. state.Register.Values.GroupBy(e => e.Facility.Type).OrderBy(g => g.Key).Select(g => new FacilityTypeCount(
            g.Key,
            g.Count(e => e.Status == FacilityStatus.InService),
            g.Count(e => e.Status == FacilityStatus.Degraded),
            g.Count(e => e.Status == FacilityStatus.OutOfService)))];

    /// <summary>Open orders, most urgent clock first.</summary>
    public static IReadOnlyList<WorkOrderSummary> Open(EstateFacilitiesState state) =>
        [.. state.Orders.Values.Where(o => o.IsOpen).OrderBy(o => WorkOrderClocks.Soonest(o.Deadlines)).ThenBy(o => o.OrderId, StringComparer.Ordinal)];

    /// <summary>Open orders, and closed ones when asked, newest first.</summary>
    public static IReadOnlyList<WorkOrderSummary> List(EstateFacilitiesState state, bool includeClosed) =>
        [.. state.Orders.Values.Where(o => includeClosed || o.IsOpen).OrderByDescending(o => o.ReportedAt).ThenBy(o => o.OrderId, StringComparer.Ordinal)];

    /// <summary>The whole register in id order, each facility as it stands.</summary>
    public static IReadOnlyList<FacilityView> Views(EstateFacilitiesState state, DateTimeOffset now) =>
        [.. state.Register.Values.OrderBy(e => e.Facility.FacilityId, StringComparer.Ordinal).Select(e => View(state, e, now))];

    public static FacilityView View(EstateFacilitiesState state, FacilityEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(entry);
        var orders = state.Orders.Values.Where(o => o.IsOpen && o.FacilityId == entry.Facility.FacilityId).ToList();
        return new FacilityView(entry.Facility, entry.Status, entry.Since, [.. orders.Select(o => o.OrderId).Order(StringComparer.Ordinal)])
        {
            NextMaintenanceDue = entry.NextDue,
            MaintenanceOverdue = orders.Count(o => PastDue(o, now)),
        };
    }
}
