namespace Anju.Estates;

/// <summary>An estate's health score (0–100, 100 = nothing wrong), the factor that cost most
/// (<see cref="HealthFactor.None"/> when nothing did) and the points each factor cost, rounded to
/// hundredths. Every factor is listed, 0 included, so screens can show each section.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.HealthResult")]
public sealed record HealthResult(
    [property: Id(0)] int Score,
    [property: Id(1)] HealthFactor TopFactor,
    [property: Id(2)] IReadOnlyDictionary<HealthFactor, double> Penalties);
