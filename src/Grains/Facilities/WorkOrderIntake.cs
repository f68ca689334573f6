using Anju.Common;
using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>A new work order as reported: its summary at the grid level with its clocks started, and the first step.</summary>
internal static class WorkOrderIntake
{
    public static WorkOrderTransition Open(string orderId, OpenWorkOrder c, WorkOrderClock window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        var clock = WorkOrderClocks.Start(c.ReportedAt, window);
        var summary = new WorkOrderSummary(
            orderId, 1, c.EstateId, c.District, c.Kind, c.Facility.FacilityId, c.Facility.Type, c.Code, c.Severity, WorkOrderStatus.Reported,
            EscalationLevel.Grid, c.Route, WorkOrderClocks.Settle(clock, WorkOrderStatus.Reported), c.ReportedAt, now)
        {
            BuildingId = c.Facility.BuildingId,
            GridId = c.Facility.GridId,
            Impact = c.Kind == WorkOrderKind.Preventive ? FacilityStatus.InService : FaultCatalogue.ImpactOf(c.Code),
            DueAt = c.DueAt,
        };
        var step = new WorkOrderStep("Report", WorkOrderStatus.Reported, EscalationLevel.Grid, Validate.Text("reportedBy", c.ReportedBy, 100), now)
        {
            Note = string.IsNullOrWhiteSpace(c.Detail) ? null : c.Detail.Trim(),
        };
        return new WorkOrderTransition(summary, clock, step);
    }

    /// <summary>The window a breached stage restarts with: the code's clock, or a preventive order's own.</summary>
    public static WorkOrderClock Window(WorkOrderSummary s, FacilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Window(s.Kind, s.DueAt, s.ReportedAt, s.Code, s.Severity, options);
    }

    /// <summary>The clock windows of an order about to open.</summary>
    public static WorkOrderClock Window(OpenWorkOrder c, FacilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Window(c.Kind, c.DueAt, c.ReportedAt, c.Code, c.Severity, options);
    }

    private static WorkOrderClock Window(WorkOrderKind kind, DateTimeOffset? dueAt, DateTimeOffset reportedAt, string code, Incidents.IncidentSeverity severity, FacilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return kind == WorkOrderKind.Preventive && dueAt is { } due
            ? WorkOrderClocks.Preventive(reportedAt, due, options.PreventiveAccept)
            : options.ClockFor(code, severity);
    }
}
