namespace Anju.Estates;

/// <summary>The sections of an estate's status that other capabilities feed (incidents, security,
/// facilities): zero until their grain reports.</summary>
internal sealed record EstateSections(IncidentCounts Incidents, SecurityCounts Security, FacilityCounts Facilities)
{
    /// <summary>Residents' satisfaction (the community capability's section).</summary>
    public Community.SatisfactionCounts Satisfaction { get; init; } = Community.SatisfactionCounts.Zero;

    public static EstateSections None { get; } = new(IncidentCounts.Zero, SecurityCounts.Zero, FacilityCounts.Zero);
}

/// <summary>The versioned sections other grains report to an estate, as pulled on activation.</summary>
internal sealed record EstateSectionReports(IncidentSection Incidents, SecuritySection Security, Facilities.FacilitySection Facilities)
{
    public Community.SatisfactionSection Satisfaction { get; init; } = Community.SatisfactionSection.Empty;
}
