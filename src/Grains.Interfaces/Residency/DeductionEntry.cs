namespace Anju.Residency;

/// <summary>One point deduction (扣分, §3.1) against a household for its conduct, with the
/// reason code from the deduction scheme (扣分辦法) and who recorded it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.DeductionEntry")]
public sealed record DeductionEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Points,
    [property: Id(2)] string ReasonCode,
    [property: Id(3)] string Actor);
