using Anju.Estates;
using Anju.Grids;

namespace Anju.Dashboard.Live;

/// <summary>What the estate screen shows beside the live status: how the estate is divided and
/// each grid's figures. Grid staff appear as a count and the roles still missing, never with
/// their phone numbers: a wall screen is no directory.</summary>
public sealed record EstateLayout(
    string EstateId,
    IReadOnlyList<ZoneInfo> Zones,
    IReadOnlyList<BuildingInfo> Buildings,
    IReadOnlyList<ContractAttachment> Contracts,
    IReadOnlyList<GridCard> Grids);

/// <summary>One grid (網格) on the estate screen.</summary>
public sealed record GridCard(
    string GridId,
    string Name,
    string? ZoneId,
    GridSummary Summary,
    int Staff,
    IReadOnlyList<GridStaffRole> MissingRoles,
    GridSizeWarning? SizeWarning);
