using Anju.Estates.Health;
using Anju.Grids;

namespace Anju.Estates;

/// <summary>Pure: an estate's live status and summary from its grids' reports.</summary>
internal static class EstateRollup
{
    public static EstateStatus Status(
        EstateState s, IReadOnlyCollection<GridSummary> grids, EstateSections sections, long version, DateTimeOffset updatedAt, HealthOptions health)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(grids);
        var occupancy = GridRollup.SumOccupancy(grids.Select(g => g.Occupancy));
        var residency = GridRollup.Sum(grids.Select(g => g.Residency));
        return new EstateStatus(s.Profile!, occupancy, version, updatedAt)
        {
            Zones = s.Zones.Count,
            Grids = s.Grids.Count,
            Buildings = s.Buildings.Count,
            Residency = residency,
            Incidents = sections.Incidents,
            Security = sections.Security,
            Facilities = sections.Facilities,
            Health = HealthScore.Compute(Inputs(occupancy, residency, sections.Incidents, sections.Security, sections.Facilities) with
            {
                SatisfactionResponses = sections.Satisfaction.Responses,
                SatisfactionScoreSum = sections.Satisfaction.CaseScoreSum + sections.Satisfaction.SurveyScoreSum,
            }, health),
            Tenures = GridRollup.SumTenures(grids.Select(g => g.Tenures)),
            Contracts = [.. s.Contracts.Values.OrderBy(c => c.ContractId, StringComparer.Ordinal)],
            Changes = grids.Sum(g => g.Changes),
        };
    }

    /// <summary>Actual residents in total and per service zone (grids outside zones count only in the total).</summary>
    public static (int Residents, IReadOnlyDictionary<string, int> ByZone) Population(EstateState s, IReadOnlyCollection<GridSummary> grids)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(grids);
        var byZone = s.Zones.Keys.ToDictionary(z => z, _ => 0, StringComparer.Ordinal);
        var total = 0;
        foreach (var grid in grids)
        {
            total += grid.Residency.Residents;
            if (s.Grids.TryGetValue(grid.GridId, out var info) && info.ZoneId is { } zone && byZone.ContainsKey(zone))
            {
                byZone[zone] += grid.Residency.Residents;
            }
        }

        return (total, byZone);
    }

    public static EstateSummary Summary(EstateStatus status) =>
        new(status.Profile.EstateId, status.Profile.Name, status.Profile.District, status.Version, status.Occupancy)
        {
            Residency = status.Residency,
            Incidents = status.Incidents,
            Security = status.Security,
            Facilities = status.Facilities,
            Health = status.Health,
            Changes = status.Changes,
        };

    /// <summary>The health formula's inputs from the estate's sections (zero where a capability has not landed).</summary>
    public static HealthInputs Inputs(OccupancyCounts o, ResidencyCounts r, IncidentCounts i, SecurityCounts s, FacilityCounts f) =>
        new(o.Dwellings, o.Occupied, i.OpenCritical, i.OpenMajor, i.OpenMinor, i.Overdue,
            s.GuardsOnDuty, s.GuardsRequired, s.CamerasOnline, s.CamerasTotal, f.OpenFaults, f.OverdueFaults,
            r.RentSerious, r.ReviewsOverdue, r.ExitReviews);
}
