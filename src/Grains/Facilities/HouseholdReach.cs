using Anju.Estates;

namespace Anju.Facilities;

/// <summary>Whose homes a fault reaches: a lift, access control or lighting in a building → that building's
/// dwellings; a pump or tank → its zone's (without a zone, the estate's); anything else → its building's if it has
/// one, else nobody. Preventive orders notify nobody.</summary>
internal static class HouseholdReach
{
    /// <summary>The place whose dwellings are notified: a building, a zone, the whole estate, or none.</summary>
    internal sealed record Place(string? BuildingId, string? ZoneId, bool WholeEstate)
    {
        public static Place None { get; } = new(null, null, false);

        public bool IsNone => BuildingId is null && ZoneId is null && !WholeEstate;
    }

    public static Place Of(Facility facility, WorkOrderKind kind, EstateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(structure);
        if (kind == WorkOrderKind.Preventive)
        {
            return Place.None;
        }

        if (facility.Type is FacilityType.WaterPump or FacilityType.WaterTank)
        {
            return WorkOrderRouting.ZoneOf(facility, structure) is { } zone ? new Place(null, zone, false) : new Place(null, null, true);
        }

        return facility.BuildingId is { } building ? new Place(building, null, false) : Place.None;
    }

    /// <summary>The grids whose dwellings may be reached (a building's grid, a zone's grids, every grid).</summary>
    public static IReadOnlyList<string> Grids(Place place, EstateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(structure);
        return place switch
        {
            { BuildingId: { } b } => [.. structure.Buildings.Where(x => x.BuildingId == b).Select(x => x.GridId)],
            { ZoneId: { } z } => [.. structure.Grids.Where(g => g.ZoneId == z).Select(g => g.GridId)],
            { WholeEstate: true } => [.. structure.Grids.Select(g => g.GridId)],
            _ => [],
        };
    }

    /// <summary>The notice a household gets.</summary>
    public static string Text(Facility facility, string code) =>
        $"{facility.Name}{(facility.Location is { } l ? $"（{l}）" : "")}: {code}. 已報修，正在處理 / reported, repair under way.";
}
