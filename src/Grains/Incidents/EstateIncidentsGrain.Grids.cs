using Anju.Grids;

namespace Anju.Incidents;

/// <summary>The book tells each grid its open matters (網格事項).</summary>
public sealed partial class EstateIncidentsGrain
{
    /// <summary>Each grid hears how many matters are open in it when that number changes (not awaited:
    /// a grid's figures catch up, and the book must not wait on grids).</summary>
    private void SendGridMatters()
    {
        var open = IncidentTally.ByGrid(S.Cases.Values, clock.GetUtcNow())
            .ToDictionary(g => g.Key, g => g.Value.Open, StringComparer.Ordinal);
        foreach (var gridId in open.Keys.Union(_gridsSent.Keys, StringComparer.Ordinal))
        {
            var now = open.GetValueOrDefault(gridId);
            if (now != _gridsSent.GetValueOrDefault(gridId))
            {
                GrainFactory.GetGrain<IGridGrain>(Keys.Grid(EstateId, gridId)).ReportOpenMattersAsync(new GridMatters(_version, now)).Ignore();
            }
        }

        _gridsSent = open;
    }
}
