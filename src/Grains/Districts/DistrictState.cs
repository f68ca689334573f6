namespace Anju.Districts;

/// <summary>Persisted state of a district grain (state name "district"): only the membership.</summary>
[GenerateSerializer, Alias("Anju.Districts.DistrictState")]
internal sealed class DistrictState
{
    [Id(0)] public SortedSet<string> Estates { get; set; } = new(StringComparer.Ordinal);
}
