namespace Anju.Estates;

/// <summary>Persisted state of an estate grain (state name "estate"): profile and structure, all facts.
/// Its live figures come from the grids and are rebuilt from them on activation.</summary>
[GenerateSerializer, Alias("Anju.Estates.EstateState")]
internal sealed class EstateState : IEstateOutline
{
    [Id(0)] public EstateProfile? Profile { get; set; }
    [Id(1)] public Dictionary<string, ZoneInfo> Zones { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, GridInfo> Grids { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public Dictionary<string, BuildingInfo> Buildings { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public Dictionary<string, ContractAttachment> Contracts { get; set; } = new(StringComparer.Ordinal);
    [Id(5)] public DateTimeOffset UpdatedAt { get; set; }

    IReadOnlyDictionary<string, ZoneInfo> IEstateOutline.Zones => Zones;

    IReadOnlyDictionary<string, GridInfo> IEstateOutline.Grids => Grids;

    IReadOnlyDictionary<string, BuildingInfo> IEstateOutline.Buildings => Buildings;

    /// <summary>The structure as callers see it, each list in id order.</summary>
    public EstateStructure Structure() => new(
        [.. Zones.Values.OrderBy(z => z.ZoneId, StringComparer.Ordinal)],
        [.. Grids.Values.OrderBy(g => g.GridId, StringComparer.Ordinal)],
        [.. Buildings.Values.OrderBy(b => b.BuildingId, StringComparer.Ordinal)],
        [.. Contracts.Values.OrderBy(c => c.ContractId, StringComparer.Ordinal)]);
}
