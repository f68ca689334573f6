using Anju.Estates;

namespace Anju.Facilities;

/// <summary>What the facilities grain reports to its estate: the estate's facility counts, versioned (newest wins).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.FacilitySection")]
public sealed record FacilitySection([property: Id(0)] long Version, [property: Id(1)] FacilityCounts Counts)
{
    public static FacilitySection Empty { get; } = new(0, FacilityCounts.Zero);
}

/// <summary>An estate's facilities at a glance (the estate's facilities panel): status by type, and its open orders.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.FacilityOverview")]
public sealed record FacilityOverview(
    [property: Id(0)] string EstateId,
    [property: Id(1)] FacilityCounts Counts,
    [property: Id(2)] IReadOnlyList<FacilityTypeCount> ByType,
    [property: Id(3)] IReadOnlyList<WorkOrderSummary> OpenOrders,
    [property: Id(4)] long Version);

/// <summary>How many facilities of one type are in service, degraded, out of service.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.FacilityTypeCount")]
public sealed record FacilityTypeCount(
    [property: Id(0)] FacilityType Type,
    [property: Id(1)] int InService,
    [property: Id(2)] int Degraded,
    [property: Id(3)] int OutOfService);

/// <summary>A preventive-maintenance schedule for a facility type in one estate: every <see cref="Every"/>, an order
/// due that long after the last one closed (or after the facility was registered). Defaults per type in
/// <c>docs/facilities.md</c>; an estate may override them.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.MaintenanceSchedule")]
public sealed record MaintenanceSchedule(
    [property: Id(0)] FacilityType Type,
    [property: Id(1)] TimeSpan Every,
    [property: Id(2)] string Code);
