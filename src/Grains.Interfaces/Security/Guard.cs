namespace Anju.Security;

/// <summary>A guard (保安) on the estate's roster, optionally posted to one service zone.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Guard")]
public sealed record Guard(
    [property: Id(0)] string GuardId, [property: Id(1)] string Name, [property: Id(2)] string? ZoneId);
