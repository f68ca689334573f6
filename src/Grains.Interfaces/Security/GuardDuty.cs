namespace Anju.Security;

/// <summary>A guard currently clocked in: since when and who said so.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.GuardDuty")]
public sealed record GuardDuty(
    [property: Id(0)] string GuardId, [property: Id(1)] DateTimeOffset Since, [property: Id(2)] ClockSource Source);
