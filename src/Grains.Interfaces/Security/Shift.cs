namespace Anju.Security;

/// <summary>A planned shift (班次). No guard: vacant. A guard who has not confirmed: unconfirmed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Shift")]
public sealed record Shift(
    [property: Id(0)] string ShiftId,
    [property: Id(1)] string? GuardId,
    [property: Id(2)] string? ZoneId,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End,
    [property: Id(5)] bool Confirmed);
