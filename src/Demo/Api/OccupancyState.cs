namespace Anju.Demo.Api;

/// <summary>A dwelling's occupancy state as the API spells it (JSON string).</summary>
public enum OccupancyState
{
    Vacant,
    Allocated,
    Occupied,
    ExitRequested,
    Vacated,
    UnderInspection,
    UnderRepair,
}
