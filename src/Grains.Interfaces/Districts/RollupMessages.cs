using Anju.Estates;

namespace Anju.Districts;

/// <summary>A district's (區) live status: its estates' summaries and their totals.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.DistrictStatus")]
public sealed record DistrictStatus(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] long Version,
    [property: Id(3)] OccupancyCounts Occupancy,
    [property: Id(4)] IReadOnlyList<EstateSummary> Estates);

/// <summary>What a district reports to the city: totals only.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.DistrictSummary")]
public sealed record DistrictSummary(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] long Version,
    [property: Id(3)] int Estates,
    [property: Id(4)] OccupancyCounts Occupancy);

/// <summary>The city's live status: one entry per district and the city totals.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.CityStatus")]
public sealed record CityStatus(
    [property: Id(0)] long Version,
    [property: Id(1)] int Estates,
    [property: Id(2)] OccupancyCounts Occupancy,
    [property: Id(3)] IReadOnlyList<DistrictSummary> Districts);
