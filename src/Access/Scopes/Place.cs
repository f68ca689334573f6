namespace Anju.Access;

/// <summary>Where the object of a request sits: the city, a district, or an estate and, when the object is
/// narrower, its zone and grid. <see cref="Contracts"/> are the contracts attached to the estate, with the zone
/// each serves (null: the whole estate).</summary>
public sealed record Place(
    string? District = null,
    string? Street = null,
    string? EstateId = null,
    string? ZoneId = null,
    string? GridId = null)
{
    /// <summary>The whole city (the city status, the city wall).</summary>
    public static readonly Place City = new();

    public IReadOnlyList<ContractCover> Contracts { get; init; } = [];

    /// <summary>A place inside the same estate, narrowed to a grid (and its zone).</summary>
    public Place InGrid(string gridId, string? zoneId) => this with { GridId = gridId, ZoneId = zoneId };
}

/// <summary>A contract that serves an estate, or one zone of it.</summary>
public sealed record ContractCover(string ContractId, string? ZoneId);
