namespace Anju.Residency;

/// <summary>One usage inspection (巡查) of a dwelling by the third-party agency or housing office.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.UsageInspection")]
public sealed record UsageInspection(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Inspector,
    [property: Id(2)] InspectionFinding Finding,
    [property: Id(3)] string? Note);
