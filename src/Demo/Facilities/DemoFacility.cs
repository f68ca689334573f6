namespace Anju.Demo.Facilities;

/// <summary>One facility of the demo city's register, as a row of the facility CSV (<c>POST /api/import/facilities</c>).
/// <see cref="DeviceId"/> is what its controller sends through the ingest (lifts, pumps, the fire panel).</summary>
public sealed record DemoFacility(
    string EstateId, string FacilityId, string Type, string Name, string? BuildingId, string? ZoneId, string? GridId, string? DeviceId, string? Location);
