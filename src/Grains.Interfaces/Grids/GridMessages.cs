using Anju.Estates;

namespace Anju.Grids;

/// <summary>Creates a grid (網格) inside an estate, optionally inside a service zone.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.CreateGrid")]
public sealed record CreateGrid(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string GridId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? ZoneId);

/// <summary>Residency figures over a set of dwellings (a grid, an estate): counts only, no personal data.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.ResidencyCounts")]
public sealed record ResidencyCounts(
    [property: Id(0)] int Households,
    [property: Id(1)] int Residents,
    [property: Id(2)] int RentOwing,
    [property: Id(3)] int RentSerious,
    [property: Id(4)] int ReviewsOverdue,
    [property: Id(5)] int DeductionWarnings,
    [property: Id(6)] int ExitReviews,
    [property: Id(7)] int SpecialGroupHouseholds)
{
    public static ResidencyCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>What a grid reports to its estate, versioned.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.GridSummary")]
public sealed record GridSummary(
    [property: Id(0)] string GridId,
    [property: Id(1)] long Version,
    [property: Id(2)] string? ZoneId,
    [property: Id(3)] OccupancyCounts Occupancy,
    [property: Id(4)] ResidencyCounts Residency,
    [property: Id(5)] IReadOnlyDictionary<TenureType, int> Tenures,
    [property: Id(6)] int OpenMatters)
{
    /// <summary>How many dwelling changes these figures reflect: the sum of the dwellings' versions (each
    /// dwelling command adds one). A watermark: a receiver holding a larger count has seen more changes.</summary>
    [Id(7)] public long Changes { get; init; }
}

/// <summary>Open matters (incidents located in the grid) as the estate's incident book counts them, versioned.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.GridMatters")]
public sealed record GridMatters([property: Id(0)] long Version, [property: Id(1)] int Open)
{
    public static GridMatters None { get; } = new(0, 0);
}

/// <summary>A grid as its staff see it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.GridStatus")]
public sealed record GridStatus(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string GridId,
    [property: Id(2)] string Name,
    [property: Id(3)] GridSummary Summary,
    [property: Id(4)] IReadOnlyList<GridStaff> Staff,
    [property: Id(5)] IReadOnlyList<GridStaffRole> MissingRoles,
    [property: Id(6)] GridSizeWarning? SizeWarning);
