using Anju.Estates;

namespace Anju.Contracts;

/// <summary>Which service zone (物業服務區域) a dwelling lies in, and its property-rights type:
/// what the "same type, same company" check of §6.3 needs to know about it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.DwellingZoning")]
public sealed record DwellingZoning(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] TenureType Tenure);
