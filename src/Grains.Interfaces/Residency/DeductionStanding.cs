namespace Anju.Residency;

/// <summary>A household's deduction total inside the rolling window as of a moment, and its level.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.DeductionStanding")]
public sealed record DeductionStanding(
    [property: Id(0)] int Total,
    [property: Id(1)] DeductionLevel Level);
