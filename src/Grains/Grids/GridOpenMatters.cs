using Anju.Incidents;
using Microsoft.Extensions.Logging;

namespace Anju.Grids;

/// <summary>
/// A grid's open matters (incidents not yet closed), a figure the estate's incident book owns and reports: the newest
/// report wins (a repeated or reordered one changes nothing). Derived and held in memory; until the first report after
/// an activation, the count on the book's board stands in (read in a turn of its own, see <see cref="PullAsync"/>).
/// </summary>
internal sealed class GridOpenMatters
{
    private GridMatters _matters = GridMatters.None;

    public int Open => _matters.Open;

    /// <summary>Takes a report newer than the one held; true when the open count changed (the figures did).</summary>
    public bool Report(GridMatters matters)
    {
        if (matters.Version <= _matters.Version)
        {
            return false;
        }

        var changed = matters.Open != _matters.Open;
        _matters = matters;
        return changed;
    }

    /// <summary>The count on the incident book's board, read after activation: taken only while no report has come and
    /// the grid has open matters there (a report is newer than any board); true when taken.</summary>
    public bool FromBoard(IncidentBoard board, string gridId)
    {
        if (_matters.Version == 0 && board.ByGrid.TryGetValue(gridId, out var counts) && counts.Open > 0)
        {
            _matters = _matters with { Open = counts.Open };
            return true;
        }

        return false;
    }

    /// <summary>Reads the count on the incident book's board (<see cref="FromBoard"/>); true when taken. A book that
    /// cannot answer is logged: it reports the grid's matters on its next change.</summary>
    public async Task<bool> PullAsync(IGrainFactory grains, GridState s, ILogger log)
    {
        try
        {
            var board = await grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(s.EstateId)).GetBoardAsync();
            return FromBoard(board, s.GridId);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Grid {EstateId}/{GridId} could not read its open matters; the incident book reports them on the next change", s.EstateId, s.GridId);
            return false;
        }
    }
}
