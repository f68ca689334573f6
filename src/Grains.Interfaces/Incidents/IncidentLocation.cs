namespace Anju.Incidents;

/// <summary>Where an incident is, at any level: the estate always, then grid, building or dwelling when known,
/// and a free address and coordinates (Open311 requests carry them).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentLocation")]
public sealed record IncidentLocation(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string? GridId = null,
    [property: Id(2)] string? BuildingId = null,
    [property: Id(3)] string? DwellingId = null,
    [property: Id(4)] string? Address = null,
    [property: Id(5)] double? Lat = null,
    [property: Id(6)] double? Long = null);
