namespace Anju.Demo.Api;

// The JSON shapes of the estate API (camelCase on the wire), declared here so the demo
// depends on the HTTP contract only, never on the grain assemblies.

/// <summary>Body of <c>POST /api/estates</c>.</summary>
public sealed record EstateRegistration(string EstateId, string Name, string District, string Street, double FloorArea);

/// <summary>Body of <c>POST /api/estates/{estateId}/dwellings</c>.</summary>
public sealed record NewDwelling(string DwellingId, double FloorArea);

/// <summary>Body of <c>POST …/dwellings/{dwellingId}/occupancy</c>.</summary>
public sealed record OccupancyChange(OccupancyAction Action, string Actor, string? Reason);

public sealed record EstateProfile(string EstateId, string Name, string District, string Street, double FloorArea, DateTimeOffset RegisteredAt);

public sealed record OccupancyCounts(int Dwellings, int Occupied, IReadOnlyDictionary<OccupancyState, int> ByState);

public sealed record EstateStatus(EstateProfile Profile, OccupancyCounts Occupancy, long Version, DateTimeOffset UpdatedAt);

public sealed record DwellingSummary(string DwellingId, long Version, OccupancyState State);

public sealed record DwellingPage(IReadOnlyList<DwellingSummary> Items, int Skip, int Take, int Total);

/// <summary>A dwelling as the API returns it; its history is not read (it grows with every change).</summary>
public sealed record DwellingSnapshot(string EstateId, string DwellingId, double FloorArea, OccupancyState State, long Version);
