using Anju.Estates;

namespace Anju.Residency;

/// <summary>A dwelling's tenure: its property-rights type and, for purchase types only, the share
/// the household owns (0 &lt; share ≤ 1; the state holds the rest).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.Tenure")]
public sealed record Tenure(
    [property: Id(0)] TenureType Type,
    [property: Id(1)] decimal? OwnedShare);
