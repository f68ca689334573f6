namespace Anju.Grids;

/// <summary>A member of a grid's staff (網格員) and how residents reach them.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.GridStaff")]
public sealed record GridStaff(
    [property: Id(0)] string Name,
    [property: Id(1)] GridStaffRole Role,
    [property: Id(2)] string Phone);
