namespace Anju.Residency;

/// <summary>A rent payment received from a household; it settles the oldest charges first.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RentPayment")]
public sealed record RentPayment(
    [property: Id(0)] DateOnly PaidOn,
    [property: Id(1)] decimal Amount);
