using Anju.Facilities;
using Anju.Grids;
using Anju.Incidents;
using Anju.Security;
using Microsoft.Extensions.Logging;

namespace Anju.Estates;

/// <summary>What an estate's live figures (<see cref="EstateFigures"/>) are rebuilt from when it activates: its grids'
/// summaries, and the incident, security and facility sections, which the estate does not own.</summary>
internal sealed class EstateSources(IGrainFactory grains, string estateId, ILogger log)
{
    /// <summary>Pulls every figure; a section whose grain cannot answer starts at zero, and the grain reports later.</summary>
    public async Task<(GridSummary[] Grids, EstateSectionReports Sections)> PullAsync(IEnumerable<string> gridIds, IEstateSecurityGrain desk)
    {
        var grids = await Task.WhenAll(gridIds.Select(id => grains.GetGrain<IGridGrain>(Keys.Grid(estateId, id)).GetSummaryAsync()));
        var incidents = await PullAsync(() => grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId)).GetSectionAsync(), IncidentSection.Empty);
        var security = await PullAsync(desk.GetSectionAsync, SecuritySection.Empty);
        var facilities = await PullAsync(() => grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId)).GetSectionAsync(), FacilitySection.Empty);
        var satisfaction = await PullAsync(() => grains.GetGrain<Community.ISatisfactionGrain>(Keys.Satisfaction(estateId)).GetSectionAsync(), Community.SatisfactionSection.Empty);
        return (grids, new EstateSectionReports(incidents, security, facilities) { Satisfaction = satisfaction });
    }

    /// <summary>A section the estate does not own; if its grain cannot answer, it starts at zero and the grain reports later.</summary>
    private async Task<T> PullAsync<T>(Func<Task<T>> pull, T fallback)
    {
        try
        {
            return await pull();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Estate {EstateId} could not pull a status section; it waits for a report", estateId);
            return fallback;
        }
    }
}
