using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>Registers an estate (保障性住房小區) with its profile.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.RegisterEstate")]
public sealed record RegisterEstate(
    [property: Id(0)] string Name,
    [property: Id(1)] string District,
    [property: Id(2)] string Street,
    [property: Id(3)] double FloorArea);

/// <summary>Adds a dwelling to an estate.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.AddDwelling")]
public sealed record AddDwelling(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] double FloorArea);

/// <summary>An estate's profile.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateProfile")]
public sealed record EstateProfile(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string Name,
    [property: Id(2)] string District,
    [property: Id(3)] string Street,
    [property: Id(4)] double FloorArea,
    [property: Id(5)] DateTimeOffset RegisteredAt);

/// <summary>Occupancy counts of an estate (or any rollup): dwellings per lifecycle state.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.OccupancyCounts")]
public sealed record OccupancyCounts(
    [property: Id(0)] int Dwellings,
    [property: Id(1)] int Occupied,
    [property: Id(2)] IReadOnlyDictionary<OccupancyState, int> ByState)
{
    /// <summary>Occupied share of all dwellings, 0 when there are none.</summary>
    public double Rate => Dwellings == 0 ? 0 : (double)Occupied / Dwellings;
}

/// <summary>What an estate reports to its district: the figures rollups and wall tiles need,
/// versioned so a district keeps only the newest per estate.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateSummary")]
public sealed record EstateSummary(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string Name,
    [property: Id(2)] string District,
    [property: Id(3)] long Version,
    [property: Id(4)] OccupancyCounts Occupancy);

/// <summary>An estate's live status: what screens show. <see cref="Version"/> grows with
/// every change so receivers can drop anything older than what they hold.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateStatus")]
public sealed record EstateStatus(
    [property: Id(0)] EstateProfile Profile,
    [property: Id(1)] OccupancyCounts Occupancy,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset UpdatedAt);
