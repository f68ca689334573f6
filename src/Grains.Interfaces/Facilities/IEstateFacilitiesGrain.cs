using Anju.Alarms;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>An estate's facility register (設施) and the owner of which work orders are open there: registers
/// facilities, turns faults into work orders (one open order per facility and fault code; a repeat counts an
/// occurrence on it), routes each order to the contract that governs the facility's zone or the estate (else the
/// housing office), derives each facility's live status from its open orders, runs the preventive schedules on a
/// reminder, and reports <see cref="FacilitySection"/> to the estate. Key: <see cref="Keys.EstateFacilities"/>.</summary>
[Alias("Anju.Facilities.IEstateFacilitiesGrain")]
public interface IEstateFacilitiesGrain : IGrainWithStringKey
{
    /// <summary>The current counts. Interleaves and never calls the estate: the estate awaits it while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<FacilitySection> GetSectionAsync();

    /// <summary>Adds or updates facilities (the estate must exist; buildings, zones and grids named must be its own).
    /// All are checked before any is stored; repeating identical entries is harmless. Returns how many were new or changed.</summary>
    Task<int> RegisterAsync(IReadOnlyList<Facility> facilities);

    /// <summary>Takes a facility off the register (demolished, handed over elsewhere). One with open orders is a conflict.</summary>
    Task RemoveAsync(string facilityId, string actor);

    /// <summary>Sets a facility's status by hand (an inspection found it degraded), recorded with actor and reason.</summary>
    Task<FacilityView> SetStatusAsync(string facilityId, FacilityStatus status, string actor, string reason);

    /// <summary>Reports a fault: opens a work order, or counts a repeat on the facility's open order for the same code.</summary>
    Task<WorkOrderSnapshot> ReportFaultAsync(ReportFault fault);

    /// <summary>Device fault events (kinds <see cref="DeviceEventKind.Fault"/>, <see cref="DeviceEventKind.FaultCleared"/>)
    /// for this estate: faults open or repeat orders, a cleared code notes it on the open order. One result per event,
    /// in order; an event id seen before is a duplicate (kept durably like the desk's guard events).</summary>
    Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> events);

    /// <summary>An order of this estate changed; the newest version per order is kept. Interleaves: an order reports
    /// while this grain may be awaiting it.</summary>
    [AlwaysInterleave]
    Task ReportOrderAsync(WorkOrderSummary summary);

    /// <summary>Replaces the estate's preventive schedule for one facility type (defaults apply otherwise).</summary>
    Task<IReadOnlyList<MaintenanceSchedule>> SetScheduleAsync(MaintenanceSchedule schedule);

    /// <summary>The schedules in force (the estate's own and the defaults).</summary>
    [ReadOnly]
    Task<IReadOnlyList<MaintenanceSchedule>> GetSchedulesAsync();

    /// <summary>Acknowledges one of this estate's device-fault alarms, recording who (the signed-in actor).</summary>
    Task<StreamAlarm> AcknowledgeAlarmAsync(string alarmId, string actor);

    /// <summary>An alarm that opened an order here (a camera offline) cleared: noted on that order, which stays open
    /// until its repair is verified.</summary>
    Task AlarmClearedAsync(string alarmId, string actor);

    /// <summary>Open device-fault alarms, and recently cleared ones when <paramref name="includeCleared"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<StreamAlarm>> GetAlarmsAsync(bool includeCleared);

    /// <summary>The register with each facility's live status.</summary>
    [ReadOnly]
    Task<IReadOnlyList<FacilityView>> ListAsync();

    /// <summary>One facility; <see cref="NotFoundException"/> if not registered.</summary>
    [ReadOnly]
    Task<FacilityView> GetAsync(string facilityId);

    /// <summary>Status by type and the open orders (the estate's facilities panel).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<FacilityOverview> GetOverviewAsync();

    /// <summary>Orders of this estate, open ones and those closed in the last 7 days, newest first.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<WorkOrderSummary>> ListOrdersAsync(bool includeClosed);
}
