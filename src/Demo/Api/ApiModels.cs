namespace Anju.Demo.Api;

// The JSON shapes of the API (camelCase on the wire), declared here so the demo depends on the
// HTTP contract only, never on the grain assemblies. Fields the demo does not read are left out. No body names
// its actor: the silo records the signed-in account.

/// <summary>Body of <c>POST …/dwellings/{dwellingId}/occupancy</c>.</summary>
public sealed record OccupancyChange(OccupancyAction Action, string? Reason);

/// <summary>Body of <c>PUT …/dwellings/{dwellingId}/household</c>.</summary>
public sealed record HouseholdChange(int Size, string HeadOfHousehold, IReadOnlyList<string> SpecialGroups, string SecondAddressRegistration);

/// <summary>Body of <c>POST …/dwellings/{dwellingId}/annual-review</c>.</summary>
public sealed record AnnualReviewReceived(DateOnly ReceivedOn);

/// <summary>Body of <c>POST …/dwellings/{dwellingId}/rent/payments</c>.</summary>
public sealed record RentPaid(DateOnly PaidOn, decimal Amount);

/// <summary>Body of <c>POST …/dwellings/{dwellingId}/deductions</c>.</summary>
public sealed record PointDeduction(int Points, string ReasonCode);

public sealed record EstateProfile(string EstateId, string Name, string District, string Street, double FloorArea, DateTimeOffset RegisteredAt);

public sealed record OccupancyCounts(int Dwellings, int Occupied, IReadOnlyDictionary<OccupancyState, int> ByState);

public sealed record EstateStatus(EstateProfile Profile, OccupancyCounts Occupancy, long Version, DateTimeOffset UpdatedAt, int Zones, int Grids, int Buildings);

/// <summary>An entry of <c>GET /api/estates</c>.</summary>
public sealed record EstateSummary(string EstateId, string Name, string District, long Version, OccupancyCounts Occupancy);

public sealed record EstatePage(IReadOnlyList<EstateSummary> Items, int Skip, int Take, int Total);

public sealed record DwellingSummary(string DwellingId, long Version, OccupancyState State);

public sealed record DwellingPage(IReadOnlyList<DwellingSummary> Items, int Skip, int Take, int Total);

/// <summary>A dwelling as the API returns it; its history is not read (it grows with every change).</summary>
public sealed record DwellingSnapshot(string EstateId, string DwellingId, double FloorArea, OccupancyState State, long Version);

/// <summary>The answer of <c>POST /api/import</c> to a good file.</summary>
public sealed record ImportResult(int Estates, int Zones, int Grids, int Buildings, int Dwellings, long ElapsedMs);

/// <summary>One row error of a refused import.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);

/// <summary><c>GET /api/import/status</c>.</summary>
public sealed record ImportStatus(
    string Phase, DateTimeOffset? StartedAt, int RowsRead, int DwellingsTotal, int DwellingsDone,
    double ElapsedSeconds, double DwellingsPerSecond, double? SecondsLeft, string? Outcome);

/// <summary><c>GET /api/diagnostics</c>.</summary>
public sealed record SiloDiagnostics(
    long WorkingSetBytes, long ManagedHeapBytes, long GcCommittedBytes, IReadOnlyList<int> GcCollections,
    int Activations, IReadOnlyDictionary<string, int> ActivationsByType, TimeSpan Uptime);
