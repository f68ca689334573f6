using Anju.Alarms;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>Persisted state of an estate's facilities (state name "estate-facilities"): the register with each
/// facility's status and next maintenance, the newest summary of each order (open, or closed within
/// <see cref="FacilityOptions.KeepClosedFor"/>), the device-fault alarms it owns, the estate's own schedules, and the
/// idempotence window of device fault events.</summary>
[GenerateSerializer, Alias("Anju.Facilities.EstateFacilitiesState")]
internal sealed class EstateFacilitiesState
{
    [Id(0)] public Dictionary<string, FacilityEntry> Register { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, WorkOrderSummary> Orders { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public List<StreamAlarm> Alarms { get; set; } = [];
    [Id(3)] public Dictionary<FacilityType, MaintenanceSchedule> Schedules { get; set; } = [];
    [Id(4)] public List<RecentEvent> RecentEvents { get; set; } = [];
    [Id(5)] public int NextAlarm { get; set; } = 1;

    /// <summary>Alarm id → the order it opened (noted on the order when the alarm clears).</summary>
    [Id(6)] public Dictionary<string, string> AlarmOrders { get; set; } = new(StringComparer.Ordinal);
    [Id(7)] public string? District { get; set; }
    [Id(8)] public string? EstateName { get; set; }
}

/// <summary>One facility of the register as it stands: its entry, live status since when (<see cref="Manual"/> when
/// an operator set it by hand), and when its next preventive order falls due.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.FacilityEntry")]
internal sealed record FacilityEntry(
    [property: Id(0)] Facility Facility,
    [property: Id(1)] FacilityStatus Status,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] DateTimeOffset RegisteredAt)
{
    [Id(4)] public FacilityStatus? Manual { get; init; }

    [Id(5)] public string? ManualReason { get; init; }

    [Id(6)] public DateTimeOffset? NextDue { get; init; }
}
