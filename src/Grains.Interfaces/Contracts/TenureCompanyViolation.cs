using Anju.Estates;

namespace Anju.Contracts;

/// <summary>Dwellings of one property-rights type in an estate are served by more than one property
/// company, against §6.3 (同一產權屬性的房屋應劃歸同一物業服務企業管理). Companies by credit code, sorted.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.TenureCompanyViolation")]
public sealed record TenureCompanyViolation(
    [property: Id(0)] TenureType Tenure,
    [property: Id(1)] IReadOnlyList<string> Companies);
