namespace Anju.Dwellings;

/// <summary>Where a dwelling (住房) stands in its occupancy lifecycle (§3.1–3.2).</summary>
[GenerateSerializer]
public enum OccupancyState
{
    /// <summary>空置: ready to allocate.</summary>
    Vacant = 0,

    /// <summary>已配租/配售: allocated to a household that has not moved in.</summary>
    Allocated = 1,

    /// <summary>已入住.</summary>
    Occupied = 2,

    /// <summary>申請退出: the household asked to leave or was told to.</summary>
    ExitRequested = 3,

    /// <summary>已騰退: the household has left; the dwelling awaits inspection or release.</summary>
    Vacated = 4,

    /// <summary>查驗中: inspected before it is allocated again.</summary>
    UnderInspection = 5,

    /// <summary>維修中.</summary>
    UnderRepair = 6,
}
