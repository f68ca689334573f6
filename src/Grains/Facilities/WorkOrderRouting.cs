using Anju.Estates;

namespace Anju.Facilities;

/// <summary>Whose queue an order lands in: the contract attached to the facility's zone, else the estate-wide
/// contract, else the district's housing office (<see cref="WorkOrderRoute.OfficeQueue"/>).</summary>
internal static class WorkOrderRouting
{
    public static WorkOrderRoute Route(Facility facility, EstateStructure structure, string district)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(structure);
        var zoneId = ZoneOf(facility, structure);
        var contract = (zoneId is null ? null : structure.Contracts.FirstOrDefault(c => c.ZoneId == zoneId))
            ?? structure.Contracts.Where(c => c.ZoneId is null).OrderBy(c => c.ContractId, StringComparer.Ordinal).FirstOrDefault();
        return contract is null
            ? new WorkOrderRoute(WorkOrderRoute.OfficeQueue(district), null, null, zoneId)
            : new WorkOrderRoute(contract.ContractId, contract.ContractId, contract.CompanyName, zoneId);
    }

    /// <summary>The zone a facility serves: its own, else its grid's or its building's grid's zone.</summary>
    public static string? ZoneOf(Facility facility, EstateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(structure);
        if (facility.ZoneId is { } zone)
        {
            return zone;
        }

        var gridId = facility.GridId ?? structure.Buildings.FirstOrDefault(b => b.BuildingId == facility.BuildingId)?.GridId;
        return gridId is null ? null : structure.Grids.FirstOrDefault(g => g.GridId == gridId)?.ZoneId;
    }
}
