namespace Anju.Community;

/// <summary>Persisted state of an estate's satisfaction (state name "satisfaction"): one rating per case (its key is
/// source and case id), the surveys, the estate's district (for the city's rollup).</summary>
[GenerateSerializer, Alias("Anju.Community.SatisfactionState")]
internal sealed class SatisfactionState
{
    [Id(0)] public Dictionary<string, StoredRating> Ratings { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public List<SurveyRecord> Surveys { get; set; } = [];

    [Id(2)] public string? District { get; set; }

    [Id(3)] public long Version { get; set; }
}

/// <summary>A case's rating as kept: the score, its source, and the month (city time) it was given.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.StoredRating")]
internal sealed record StoredRating([property: Id(0)] int Rating, [property: Id(1)] RatingSource Source, [property: Id(2)] string Month);
