namespace Anju.Residency;

/// <summary>The household (住戶) living in a dwelling. <see cref="HeadOfHousehold"/> is an opaque
/// person reference (an id into the registration records), never a name, so the record can travel
/// without exposing who lives where.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.Household")]
public sealed record Household(
    [property: Id(0)] int Size,
    [property: Id(1)] string HeadOfHousehold,
    [property: Id(2)] SpecialGroups SpecialGroups,
    [property: Id(3)] SecondAddressRegistration SecondAddressRegistration);
