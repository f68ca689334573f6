using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;
using Microsoft.Extensions.Logging;

namespace Anju.Contracts.Scorecard;

/// <summary>A case assigned to the property company tells the scorecard of the contract governing its place when it closes,
/// and again when the resident evaluates it (the rating). The governing contract is found as a work order's route is
/// (<see cref="WorkOrderRouting"/>): the contract of the zone of the case's grid or building, else the estate-wide
/// one, among the contracts attached to the estate when the case closes. The scorecard takes each case and each rating
/// once, so a repeat is harmless.</summary>
internal static class IncidentScoreReport
{
    /// <summary>True when nothing is owed (open, not the company's, or no governing contract) or the scorecard has it;
    /// false when it must be tried again (the case's clock retries).</summary>
    public static async Task<bool> SendAsync(IGrainFactory grains, ILogger log, IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(incident);
        if (!await Community.RatingReport.SendAsync(grains, log, incident))
        {
            return false; // the resident's rating feeds the estate's satisfaction first (docs/community.md); the clock retries
        }

        if (incident.Status is not (IncidentStatus.Closed or IncidentStatus.Evaluated) || incident.AssignedTo != ResponsibleParty.PropertyCompany)
        {
            return true;
        }

        try
        {
            var location = incident.Location;
            var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(location.EstateId)).GetStructureAsync();
            var place = new Facility(incident.IncidentId, default, "", location.BuildingId, null, location.GridId);
            if (WorkOrderRouting.Route(place, structure, incident.District ?? "").ContractId is { } contractId)
            {
                await grains.GetGrain<IContractScorecardGrain>(Keys.Scorecard(contractId)).RecordIncidentAsync(incident);
            }

            return true;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Case {IncidentId} could not reach its contract's scorecard; the clock retries", incident.IncidentId);
            return false;
        }
    }
}
