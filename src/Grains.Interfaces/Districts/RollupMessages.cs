using Anju.Estates;
using Anju.Grids;

namespace Anju.Districts;

/// <summary>Totals over many estates of every status section besides occupancy: what the city
/// wall's headline figures read.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.EstateTotals")]
public sealed record EstateTotals(
    [property: Id(0)] ResidencyCounts Residency,
    [property: Id(1)] IncidentCounts Incidents,
    [property: Id(2)] SecurityCounts Security,
    [property: Id(3)] FacilityCounts Facilities)
{
    public static EstateTotals Zero { get; } = new(ResidencyCounts.Zero, IncidentCounts.Zero, SecurityCounts.Zero, FacilityCounts.Zero);
}

/// <summary>A district's (區) live status: its estates' summaries and their totals.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.DistrictStatus")]
public sealed record DistrictStatus(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] long Version,
    [property: Id(3)] OccupancyCounts Occupancy,
    [property: Id(4)] IReadOnlyList<EstateSummary> Estates)
{
    [Id(5)] public EstateTotals Totals { get; init; } = EstateTotals.Zero;
}

/// <summary>What a district reports to the city: totals only.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.DistrictSummary")]
public sealed record DistrictSummary(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] long Version,
    [property: Id(3)] int Estates,
    [property: Id(4)] OccupancyCounts Occupancy)
{
    [Id(5)] public EstateTotals Totals { get; init; } = EstateTotals.Zero;
}

/// <summary>The city's live status: one entry per district and the city totals.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Districts.CityStatus")]
public sealed record CityStatus(
    [property: Id(0)] long Version,
    [property: Id(1)] int Estates,
    [property: Id(2)] OccupancyCounts Occupancy,
    [property: Id(3)] IReadOnlyList<DistrictSummary> Districts)
{
    [Id(4)] public EstateTotals Totals { get; init; } = EstateTotals.Zero;
}
