namespace Anju.Community;

/// <summary>Persisted state of the city's satisfaction rollup (state name "satisfaction-city"): each estate's newest
/// counts. A figure, written so that a restart need not wait for every estate to report again.</summary>
[GenerateSerializer, Alias("Anju.Community.SatisfactionRollupState")]
internal sealed class SatisfactionRollupState
{
    [Id(0)] public Dictionary<string, EstateSatisfaction> Estates { get; set; } = new(StringComparer.Ordinal);
}
