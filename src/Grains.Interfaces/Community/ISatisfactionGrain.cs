namespace Anju.Community;

/// <summary>An estate's residents' satisfaction (§1): ratings of closed incidents and work orders (sent by the case when
/// it closes or is rated, retried by its clock until taken, one per case) and counted surveys. Reports its counts to the
/// estate (the health score's <c>Satisfaction</c> factor) and to the city's rollup. Key: <see cref="Keys.Satisfaction"/>.</summary>
[Alias("Anju.Community.ISatisfactionGrain")]
public interface ISatisfactionGrain : IGrainWithStringKey
{
    /// <summary>Takes a case's rating; the same case again with the same rating is harmless, a new rating replaces it.</summary>
    Task RecordRatingAsync(CaseRating rating, string district);

    /// <summary>Records a counted survey (the same id and content again: harmless; other content: 409).</summary>
    Task<SatisfactionView> RecordSurveyAsync(string surveyId, string period, IReadOnlyList<SurveyQuestion> questions, string actor);

    [ReadOnly]
    Task<SatisfactionView> GetAsync();

    /// <summary>The counts for the estate's health score. Interleaves and never calls the estate: the estate awaits it
    /// while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<SatisfactionSection> GetSectionAsync();
}

/// <summary>The city's satisfaction rollup (per estate newest-wins, per district and city added). Key: <see cref="Keys.SatisfactionCity"/>.</summary>
[Alias("Anju.Community.ISatisfactionRollupGrain")]
public interface ISatisfactionRollupGrain : IGrainWithStringKey
{
    Task ReportAsync(EstateSatisfaction estate);

    [ReadOnly]
    Task<SatisfactionRollup> GetAsync();
}
