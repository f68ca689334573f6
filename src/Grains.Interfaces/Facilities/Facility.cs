namespace Anju.Facilities;

/// <summary>One facility of an estate's register. <see cref="BuildingId"/> places it in a building (a lift, a pump
/// room); otherwise <see cref="ZoneId"/> or <see cref="GridId"/> say where it serves, or it serves the whole estate.
/// <see cref="DeviceId"/> is the id its controller sends through the ingest (a lift controller, a fire panel);
/// <see cref="ManagingUnit"/> is who it was handed over to (§7.2), when not the property company.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.Facility")]
public sealed record Facility(
    [property: Id(0)] string FacilityId,
    [property: Id(1)] FacilityType Type,
    [property: Id(2)] string Name,
    [property: Id(3)] string? BuildingId,
    [property: Id(4)] string? ZoneId,
    [property: Id(5)] string? GridId)
{
    [Id(6)] public string? DeviceId { get; init; }

    [Id(7)] public string? ManagingUnit { get; init; }

    /// <summary>Where in the estate, for people ("3 棟 1 單元", "地下車庫 B1").</summary>
    [Id(8)] public string? Location { get; init; }

    [Id(9)] public DateOnly? InstalledOn { get; init; }
}

/// <summary>A facility as it stands: its register entry, live status and since when, and its open orders.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.FacilityView")]
public sealed record FacilityView(
    [property: Id(0)] Facility Facility,
    [property: Id(1)] FacilityStatus Status,
    [property: Id(2)] DateTimeOffset StatusSince,
    [property: Id(3)] IReadOnlyList<string> OpenOrderIds)
{
    /// <summary>When the next preventive order of this facility falls due (its type's schedule), if it has one.</summary>
    [Id(4)] public DateTimeOffset? NextMaintenanceDue { get; init; }

    /// <summary>Preventive orders of this facility open past their due date.</summary>
    [Id(5)] public int MaintenanceOverdue { get; init; }
}
