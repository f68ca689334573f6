using Anju.Facilities;
using Anju.Incidents;
using Microsoft.Extensions.Logging;

namespace Anju.Community;

/// <summary>A closed case that a resident rated tells its estate's satisfaction (§1) the rating: an incident once it is
/// evaluated, a work order once it is closed. Called wherever the case already reports to its scorecard, so the case's
/// clock retries until it is taken; the estate keeps one rating per case, so a repeat is harmless.</summary>
internal static class RatingReport
{
    /// <summary>True when nothing is owed (not finished, or not rated) or the estate has the rating; false to try again.</summary>
    public static Task<bool> SendAsync(IGrainFactory grains, ILogger log, IncidentSummary incident) =>
        incident is { Status: IncidentStatus.Evaluated, Rating: { } rating }
            ? SendAsync(grains, log, incident.Location.EstateId, incident.District ?? "", new CaseRating(RatingSource.Incident, incident.IncidentId, rating, incident.UpdatedAt))
            : Task.FromResult(true);

    public static Task<bool> SendAsync(IGrainFactory grains, ILogger log, WorkOrderSummary order) =>
        order is { Status: WorkOrderStatus.Closed, Rating: { } rating }
            ? SendAsync(grains, log, order.EstateId, order.District, new CaseRating(RatingSource.WorkOrder, order.OrderId, rating, order.ClosedAt ?? order.UpdatedAt))
            : Task.FromResult(true);

    private static async Task<bool> SendAsync(IGrainFactory grains, ILogger log, string estateId, string district, CaseRating rating)
    {
        try
        {
            await grains.GetGrain<ISatisfactionGrain>(Keys.Satisfaction(estateId)).RecordRatingAsync(rating, district);
            return true;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Case {CaseId}'s rating could not reach estate {EstateId}'s satisfaction; the clock retries", rating.CaseId, estateId);
            return false;
        }
    }
}
