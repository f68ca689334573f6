using Anju.Common;
using Anju.Grids;
using Microsoft.Extensions.Logging;

namespace Anju.Dwellings;

/// <summary>
/// Reports a dwelling's summary to its grid once a change is durable. The change is durable before the report, so a
/// failed report does not fail the command: the grid's figures are derived and catch up when a retry (every few
/// seconds, on the grain's timer, until one gets through) delivers the (versioned) summary.
/// </summary>
internal sealed class GridReporter(IGrainBase grain, IGrainFactory grains, Func<DwellingState> state, Func<DwellingSummary> summary, ILogger log)
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);
    private readonly GrainHandle<IGridGrain> _grid = new();
    private IGrainTimer? _retry;

    /// <summary>Sends the dwelling's summary as it is now; on failure, logs and makes sure a retry is scheduled.</summary>
    public async Task ReportAsync()
    {
        var s = state();
        try
        {
            await _grid.Get(grains, Keys.Grid(s.EstateId, s.GridId)).ReportDwellingAsync(summary());
            _retry?.Dispose();
            _retry = null;
        }
        catch (Exception ex) when (ex is not ConflictException)
        {
            s = state();
            log.LogWarning(ex, "Report of dwelling {EstateId}/{DwellingId} v{Version} failed; retrying", s.EstateId, s.DwellingId, s.Version);
            _retry ??= grain.RegisterGrainTimer(ReportAsync, Retry, Retry);
        }
    }
}
