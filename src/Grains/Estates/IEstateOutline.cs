namespace Anju.Estates;

/// <summary>What the structure rules check a command against: the estate's profile and the zones, grids and buildings
/// it has (domain records). The estate grain's state is one; the CSV import's <see cref="EstateOutline"/> another.</summary>
public interface IEstateOutline
{
    EstateProfile? Profile { get; }

    IReadOnlyDictionary<string, ZoneInfo> Zones { get; }

    IReadOnlyDictionary<string, GridInfo> Grids { get; }

    IReadOnlyDictionary<string, BuildingInfo> Buildings { get; }
}
