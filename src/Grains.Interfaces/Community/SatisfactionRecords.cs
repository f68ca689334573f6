namespace Anju.Community;

/// <summary>Where a resident's rating came from: an incident's evaluation or a work order's verification.</summary>
[GenerateSerializer]
public enum RatingSource
{
    Incident,
    WorkOrder,
}

/// <summary>A resident's rating (1 poor … 5 very good) of a closed case; one per case, the newest kept.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CaseRating")]
public sealed record CaseRating(
    [property: Id(0)] RatingSource Source,
    [property: Id(1)] string CaseId,
    [property: Id(2)] int Rating,
    [property: Id(3)] DateTimeOffset RatedAt);

/// <summary>Residents' satisfaction (§1) as sums and counts, so estates, districts and the city add up exactly:
/// ratings of closed cases and survey answers, each 1–5.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SatisfactionCounts")]
public sealed record SatisfactionCounts(
    [property: Id(0)] int CaseRatings,
    [property: Id(1)] long CaseScoreSum,
    [property: Id(2)] int SurveyAnswers,
    [property: Id(3)] long SurveyScoreSum)
{
    public static SatisfactionCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Every rating and answer.</summary>
    public int Responses => CaseRatings + SurveyAnswers;

    /// <summary>Mean of every rating and answer (1–5), two decimals; null when there is none (no data is not a score).</summary>
    public double? Mean => Responses > 0 ? Math.Round((double)(CaseScoreSum + SurveyScoreSum) / Responses, 2) : null;

    public double? CaseMean => CaseRatings > 0 ? Math.Round((double)CaseScoreSum / CaseRatings, 2) : null;

    public double? SurveyMean => SurveyAnswers > 0 ? Math.Round((double)SurveyScoreSum / SurveyAnswers, 2) : null;

    public SatisfactionCounts Plus(SatisfactionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(CaseRatings + other.CaseRatings, CaseScoreSum + other.CaseScoreSum, SurveyAnswers + other.SurveyAnswers, SurveyScoreSum + other.SurveyScoreSum);
    }

    public static SatisfactionCounts Sum(IEnumerable<SatisfactionCounts> parts) => (parts ?? []).Aggregate(Zero, (a, b) => a.Plus(b));
}

/// <summary>An estate's satisfaction with the version it was derived at; the estate and the rollup keep the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SatisfactionSection")]
public sealed record SatisfactionSection([property: Id(0)] long Version, [property: Id(1)] SatisfactionCounts Counts)
{
    public static SatisfactionSection Empty { get; } = new(0, SatisfactionCounts.Zero);
}

/// <summary>One question of a survey with how many residents answered 1, 2, 3, 4 and 5 (five counts).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SurveyQuestion")]
public sealed record SurveyQuestion([property: Id(0)] string Question, [property: Id(1)] IReadOnlyList<int> Counts)
{
    public int Answers => Counts.Sum();

    public double? Mean => Answers > 0 ? Math.Round((double)Counts.Select((n, i) => (long)n * (i + 1)).Sum() / Answers, 2) : null;
}

/// <summary>A survey (滿意度調查) of an estate for a period (a year, quarter or month: 2026, 2026-Q4, 2026-12), counted.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SurveyRecord")]
public sealed record SurveyRecord(
    [property: Id(0)] string SurveyId,
    [property: Id(1)] string Period,
    [property: Id(2)] IReadOnlyList<SurveyQuestion> Questions,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt)
{
    public int Answers => Questions.Sum(q => q.Answers);
}

/// <summary>A month's case ratings (city time) of an estate.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SatisfactionMonth")]
public sealed record SatisfactionMonth([property: Id(0)] string Month, [property: Id(1)] int Ratings, [property: Id(2)] double Mean);

/// <summary>An estate's satisfaction: the counts, case ratings by month (newest first) and source, and its surveys.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SatisfactionView")]
public sealed record SatisfactionView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] SatisfactionCounts Counts,
    [property: Id(2)] IReadOnlyList<SatisfactionMonth> Months,
    [property: Id(3)] int IncidentRatings,
    [property: Id(4)] int WorkOrderRatings,
    [property: Id(5)] IReadOnlyList<SurveyRecord> Surveys,
    [property: Id(6)] long Version);

/// <summary>An estate's counts as the city's rollup holds them.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.EstateSatisfaction")]
public sealed record EstateSatisfaction(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string District,
    [property: Id(2)] long Version,
    [property: Id(3)] SatisfactionCounts Counts);

/// <summary>A district's satisfaction: its estates' counts added.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.DistrictSatisfaction")]
public sealed record DistrictSatisfaction([property: Id(0)] string District, [property: Id(1)] int Estates, [property: Id(2)] SatisfactionCounts Counts);

/// <summary>Satisfaction across the city, per district and per estate (estates with at least one response).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SatisfactionRollup")]
public sealed record SatisfactionRollup(
    [property: Id(0)] SatisfactionCounts City,
    [property: Id(1)] IReadOnlyList<DistrictSatisfaction> Districts,
    [property: Id(2)] IReadOnlyList<EstateSatisfaction> Estates);
