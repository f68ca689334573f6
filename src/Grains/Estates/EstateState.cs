using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>Persisted state of an estate grain (state name "estate").</summary>
[GenerateSerializer, Alias("Anju.Estates.EstateState")]
public sealed class EstateState
{
    [Id(0)] public EstateProfile? Profile { get; set; }

    /// <summary>Latest summary per dwelling: membership (a fact) plus each child's reported state.</summary>
    [Id(1)] public Dictionary<string, DwellingSummary> Dwellings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Grows with every change to the estate's status.</summary>
    [Id(2)] public long Version { get; set; }

    [Id(3)] public DateTimeOffset UpdatedAt { get; set; }
}
