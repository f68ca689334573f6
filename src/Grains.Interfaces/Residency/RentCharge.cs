namespace Anju.Residency;

/// <summary>A month's rent (租金) charged to a household, owed from <see cref="DueOn"/>.
/// A household has at most one charge per calendar month.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RentCharge")]
public sealed record RentCharge(
    [property: Id(0)] DateOnly DueOn,
    [property: Id(1)] decimal Amount);
