using Anju.Alarms;
using Anju.Estates;
using Anju.Incidents;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>The facilities grain's hand on its work orders: opens an order for a fault (routed when it opens) or
/// counts a repeat on the open one, turns device faults into orders and alarms, and opens due preventive orders.
/// Works on the grain's state inside the grain's turns; the grain persists.</summary>
internal sealed class FacilityOrders(IGrainFactory grains, string estateId, EstateFacilitiesState state, FacilityOptions options)
{
    private const string System = "system";

    /// <summary>Opens an order, or counts a repeat on the facility's open order for the same code.</summary>
    public async Task<WorkOrderSnapshot> ReportAsync(FacilityEntry entry, FaultCode code, ReportFault fault, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(fault);
        if (OrderBook.OpenFault(state.Orders.Values, entry.Facility.FacilityId, code.Code) is { } open)
        {
            var repeated = await Order(open.OrderId).RepeatAsync(fault.ReportedBy, fault.Detail);
            OrderBook.Take(state.Orders, repeated.Summary, now - options.KeepClosedFor);
            return repeated;
        }

        var opened = await OpenAsync(entry, WorkOrderKind.Corrective, code.Code, fault.Severity ?? code.Severity, fault.Source, fault.ReportedBy, fault.Detail, now, c => c with
        {
            DwellingId = fault.DwellingId,
            AlarmId = fault.AlarmId,
        });
        if (fault.AlarmId is { } alarmId)
        {
            state.AlarmOrders[alarmId] = opened.Summary.OrderId;
        }

        return opened;
    }

    /// <summary>A batch of device events in order: each fault classified (a duplicate, an unknown facility or code is
    /// answered at once), then opened or repeated as an order; the alarms raised come back for the grain to send once
    /// it has persisted. Accepted event ids join the window.</summary>
    public async Task<(IReadOnlyList<IngestResult> Results, IReadOnlyList<StreamAlarm> Alarms)> IngestAsync(
        IReadOnlyList<DeviceEvent> events, EventWindow seen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(seen);
        var results = new List<IngestResult>(events.Count);
        var alarms = new List<StreamAlarm>();
        foreach (var e in events)
        {
            var (fault, answer) = FaultIntake.Classify(state, seen, e, estateId);
            if (fault is not null)
            {
                alarms.AddRange(await DeviceAsync(fault, now));
                seen.Add(e.EventId, now);
            }

            results.Add(answer ?? new IngestResult(e.EventId, IngestOutcome.Accepted));
        }

        return (results, alarms);
    }

    /// <summary>A device's fault opens or repeats an order (and raises or repeats its alarm when the code is one); its
    /// clear code clears the alarm and is noted on the open order. Returns the alarms that changed.</summary>
    public async Task<IReadOnlyList<StreamAlarm>> DeviceAsync(FaultIntake.DeviceFault fault, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var (e, facility) = (fault.Event, fault.Entry.Facility);
        if (e.Kind == DeviceEventKind.Fault)
        {
            var report = new ReportFault(facility.FacilityId, fault.Code.Code, FaultSource.Device, e.Device ?? e.Source, $"{e.Source}: {fault.Code.Code}")
            {
                SourceEventId = e.EventId,
            };
            var order = await ReportAsync(fault.Entry, fault.Code, report, now);
            return fault.Code.Alarm ? [FacilityAlarms.Raise(state, estateId, facility, fault.Code, order.Summary.OrderId, now)] : [];
        }

        var cleared = FacilityAlarms.Clear(state, facility.FacilityId, fault.Code.Code, now, options.KeepClosedFor);
        if (OrderBook.OpenFault(state.Orders.Values, facility.FacilityId, fault.Code.Code) is { } open)
        {
            var noted = await Order(open.OrderId).NoteAsync(e.Device ?? e.Source, $"The device reports {fault.Code.Code} cleared; the order stays open until its repair is verified.");
            OrderBook.Take(state.Orders, noted.Summary, now - options.KeepClosedFor);
        }

        return cleared is null ? [] : [cleared];
    }

    /// <summary>Opens the preventive orders that are due (a lead time before their due date); returns how many.</summary>
    public async Task<int> PreventiveAsync(Func<FacilityType, TimeSpan?> every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(every);
        var due = MaintenanceSchedules.Due(state, every, options.PreventiveLead, now);
        foreach (var entry in due)
        {
            var dueAt = entry.NextDue!.Value;
            await OpenAsync(entry, WorkOrderKind.Preventive, FaultCatalogue.Maintenance, IncidentSeverity.Info, FaultSource.Schedule, "schedule",
                $"{entry.Facility.Type} maintenance due {dueAt:yyyy-MM-dd}", now, c => c with { DueAt = dueAt });
            state.Register[entry.Facility.FacilityId] = state.Register[entry.Facility.FacilityId] with
            {
                NextDue = MaintenanceSchedules.After(dueAt, every(entry.Facility.Type)),
            };
        }

        return due.Count;
    }

    private async Task<WorkOrderSnapshot> OpenAsync(
        FacilityEntry entry, WorkOrderKind kind, string code, IncidentSeverity severity, FaultSource source, string reportedBy, string detail,
        DateTimeOffset now, Func<OpenWorkOrder, OpenWorkOrder> more)
    {
        var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        if (state.District is null)
        {
            var summary = await estate.GetSummaryAsync();
            (state.District, state.EstateName) = (summary.District, summary.Name);
        }

        var route = WorkOrderRouting.Route(entry.Facility, await estate.GetStructureAsync(), state.District);
        var command = more(new OpenWorkOrder(estateId, state.District, kind, entry.Facility, code, severity, source, reportedBy ?? System, detail, route, now));
        var opened = await Order(WorkOrderIds.New(now, Random.Shared)).OpenAsync(command);
        OrderBook.Take(state.Orders, opened.Summary, now - options.KeepClosedFor);
        return opened;
    }

    private IWorkOrderGrain Order(string orderId) => grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(orderId));
}
