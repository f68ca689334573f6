using Anju.Dwellings;

namespace Anju.Grids;

/// <summary>
/// A grid (網格) of about 200 households (§4.3). Membership and staff are durable facts; the
/// per-dwelling figures are derived: kept in memory, snapshotted on deactivation, and rebuilt
/// from the dwellings after an unclean stop. Key: <see cref="Keys.Grid"/>.
/// </summary>
[Alias("Anju.Grids.IGridGrain")]
public interface IGridGrain : IGrainWithStringKey
{
    /// <summary>Creates the grid; repeating the same creation is harmless.</summary>
    Task CreateAsync(CreateGrid command);

    /// <summary>Replaces the grid's staff roster (property staff, street assistant, residents' committee).</summary>
    Task<GridStatus> SetStaffAsync(IReadOnlyList<GridStaff> staff);

    /// <summary>Adds dwellings to the grid (durable before it returns).</summary>
    Task AddDwellingsAsync(IReadOnlyList<DwellingSummary> dwellings);

    /// <summary>A dwelling's newest summary; older versions and non-members are ignored.</summary>
    [AlwaysInterleave]
    Task ReportDwellingAsync(DwellingSummary summary);

    /// <summary>The estate's incident book reports how many matters are open in the grid; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportOpenMattersAsync(GridMatters matters);

    /// <summary>The grid's status.</summary>
    [ReadOnly]
    Task<GridStatus> GetStatusAsync();

    /// <summary>The summary the grid reports to its estate.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<GridSummary> GetSummaryAsync();

    /// <summary>The grid's dwellings in id order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DwellingSummary>> ListDwellingsAsync();
}
