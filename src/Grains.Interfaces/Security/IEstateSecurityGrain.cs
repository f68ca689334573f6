using Anju.Estates;

namespace Anju.Security;

/// <summary>An estate's security desk (保安): roster, shifts and guards on duty against the number its
/// population requires (§5.2), patrol routes and rounds, and alarms. The camera register is its own grain
/// (<see cref="IEstateCamerasGrain"/>) and reports here. Key: <see cref="Keys.EstateSecurity"/>. The estate pulls <see cref="GetSectionAsync"/> when it activates,
/// is pushed newer sections through <see cref="IEstateGrain.ReportSecurityAsync"/>, and pushes its population
/// here whenever it changes.</summary>
[Alias("Anju.Security.IEstateSecurityGrain")]
public interface IEstateSecurityGrain : IGrainWithStringKey
{
    /// <summary>The current counts. Interleaves and never calls the estate: the estate awaits it while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<SecuritySection> GetSectionAsync();

    /// <summary>The estate's population changed; older reports are ignored.</summary>
    [AlwaysInterleave]
    Task ReportPopulationAsync(PopulationReport report);

    /// <summary>Puts a guard on the roster (or updates name and zone). The zone must be one of the estate's.</summary>
    Task<Guard> RegisterGuardAsync(Guard guard);

    /// <summary>Takes a guard off the roster (left the company or the estate). One on duty must be clocked out first
    /// (<see cref="ConflictException"/>); shifts still ahead planned for them become vacant.</summary>
    Task<SecurityView> RemoveGuardAsync(string guardId, string actor);

    /// <summary>Plans (or re-plans) a shift; no guard means vacant.</summary>
    Task<Shift> PlanShiftAsync(Shift shift);

    /// <summary>The guard of a planned shift confirms it.</summary>
    Task<Shift> ConfirmShiftAsync(string shiftId, string guardId);

    /// <summary>A supervisor clocks a guard in (<paramref name="onDuty"/>) or out.</summary>
    Task<SecurityView> ClockAsync(string guardId, bool onDuty, string actor);

    /// <summary>Replaces the staffing ratios and grace.</summary>
    Task<SecurityView> SetPolicyAsync(StaffingPolicy policy);

    /// <summary>Defines (or redefines) a patrol route; checkpoint ids are unique within the estate.</summary>
    Task<PatrolRoute> DefineRouteAsync(PatrolRoute route);

    /// <summary>The camera register's cameras and offline list changed; older reports are ignored. Raises an offline
    /// alarm per camera gone silent and clears those of cameras back.</summary>
    Task ReportCamerasAsync(CameraReport report);

    /// <summary>Applies a batch of guard events (check-ins, clock-in, clock-out) for this estate: one durable write
    /// for the batch, then one result per event, in order. Heartbeats are rejected: they go to
    /// <see cref="IEstateCamerasGrain.IngestAsync"/>.</summary>
    Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> events);

    /// <summary>Raises (or repeats) an alarm from outside, e.g. a device-raised incident.</summary>
    Task<Alarm> RaiseAlarmAsync(RaiseAlarm alarm);

    /// <summary>Acknowledges an alarm, recording who.</summary>
    Task<Alarm> AcknowledgeAlarmAsync(string alarmId, string actor);

    /// <summary>Open alarms, and recently cleared ones when <paramref name="includeCleared"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Alarm>> GetAlarmsAsync(bool includeCleared);

    /// <summary>The supervisor's view: staffing, roster, shifts, routes, today's patrols.</summary>
    [ReadOnly]
    Task<SecurityView> GetViewAsync();
}
