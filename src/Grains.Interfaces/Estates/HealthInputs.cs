namespace Anju.Estates;

/// <summary>
/// An estate's live figures that its health score is computed from. Households are the occupied
/// dwellings. Figures a feature does not feed yet are 0, and a factor whose denominator is 0
/// contributes nothing, so the score only ever reflects what is actually known.
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.HealthInputs")]
public sealed record HealthInputs(
    [property: Id(0)] int Dwellings,
    [property: Id(1)] int Occupied,
    [property: Id(2)] int OpenCriticalIncidents,
    [property: Id(3)] int OpenMajorIncidents,
    [property: Id(4)] int OpenMinorIncidents,
    [property: Id(5)] int OverdueIncidents,
    [property: Id(6)] int GuardsOnDuty,
    [property: Id(7)] int GuardsRequired,
    [property: Id(8)] int CamerasOnline,
    [property: Id(9)] int CamerasTotal,
    [property: Id(10)] int OpenFaults,
    [property: Id(11)] int OverdueFaults,
    [property: Id(12)] int HouseholdsInSeriousArrears,
    [property: Id(13)] int OverdueAnnualReviews,
    [property: Id(14)] int HouseholdsAtExitReview)
{
    /// <summary>An estate with nothing in it: every factor contributes 0.</summary>
    public static HealthInputs Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Residents' ratings of closed cases and survey answers (1–5 each) counted; 0 when none (no penalty).</summary>
    [Id(15)] public int SatisfactionResponses { get; init; }

    /// <summary>The sum of those ratings and answers (their mean is sum / responses).</summary>
    [Id(16)] public long SatisfactionScoreSum { get; init; }

    /// <summary>All open incidents, whatever their severity.</summary>
    public int OpenIncidents => OpenCriticalIncidents + OpenMajorIncidents + OpenMinorIncidents;
}
