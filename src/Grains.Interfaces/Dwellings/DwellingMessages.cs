namespace Anju.Dwellings;

/// <summary>Creates a dwelling inside an estate; sent by the estate that owns it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.CreateDwelling")]
public sealed record CreateDwelling(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] double FloorArea);

/// <summary>Moves a dwelling one step through its lifecycle, recorded with actor and reason.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.ChangeOccupancy")]
public sealed record ChangeOccupancy(
    [property: Id(0)] OccupancyAction Action,
    [property: Id(1)] string Actor,
    [property: Id(2)] string? Reason);

/// <summary>One recorded lifecycle step.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.OccupancyTransition")]
public sealed record OccupancyTransition(
    [property: Id(0)] OccupancyState From,
    [property: Id(1)] OccupancyState To,
    [property: Id(2)] OccupancyAction Action,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Reason,
    [property: Id(5)] DateTimeOffset At);

/// <summary>What a dwelling reports to its parent: the latest state with a version, so
/// the parent keeps one entry per child and can never double count.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.DwellingSummary")]
public sealed record DwellingSummary(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] long Version,
    [property: Id(2)] OccupancyState State);

/// <summary>A dwelling as callers see it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.DwellingSnapshot")]
public sealed record DwellingSnapshot(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] double FloorArea,
    [property: Id(3)] OccupancyState State,
    [property: Id(4)] long Version,
    [property: Id(5)] IReadOnlyList<OccupancyTransition> History);
