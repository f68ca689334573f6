namespace Anju.Estates;

/// <summary>An estate's structure being planned outside its grain (the CSV import checks a file against what is
/// stored plus what the file adds), built from domain records.</summary>
public sealed class EstateOutline(EstateProfile profile) : IEstateOutline
{
    public EstateProfile Profile { get; } = profile;

    public Dictionary<string, ZoneInfo> Zones { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GridInfo> Grids { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BuildingInfo> Buildings { get; } = new(StringComparer.Ordinal);

    EstateProfile? IEstateOutline.Profile => Profile;

    IReadOnlyDictionary<string, ZoneInfo> IEstateOutline.Zones => Zones;

    IReadOnlyDictionary<string, GridInfo> IEstateOutline.Grids => Grids;

    IReadOnlyDictionary<string, BuildingInfo> IEstateOutline.Buildings => Buildings;

    /// <summary>The estate as stored: its profile and structure.</summary>
    public static EstateOutline Of(EstateProfile profile, EstateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var outline = new EstateOutline(profile);
        foreach (var zone in structure.Zones)
        {
            outline.Zones[zone.ZoneId] = zone;
        }

        foreach (var grid in structure.Grids)
        {
            outline.Grids[grid.GridId] = grid;
        }

        foreach (var building in structure.Buildings)
        {
            outline.Buildings[building.BuildingId] = building;
        }

        return outline;
    }
}
