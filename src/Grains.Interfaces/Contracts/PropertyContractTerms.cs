namespace Anju.Contracts;

/// <summary>
/// The terms of a property-service contract (物業服務合同, §6.1) for an estate, or for one of its
/// service zones when <see cref="ZoneId"/> is set. <see cref="ServiceGrade"/> is the grade of the
/// 《廣州市住宅物業服務收費參考標準》: 1 (一級) is the highest, 5 (五級) the lowest.
/// <see cref="FeePerSquareMetre"/> is in yuan per m² of floor area per month.
/// <see cref="ExemptionReason"/> is required when <see cref="Selection"/> is not a tender.
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PropertyContractTerms")]
public sealed record PropertyContractTerms(
    [property: Id(0)] PropertyCompany Company,
    [property: Id(1)] string EstateId,
    [property: Id(2)] string? ZoneId,
    [property: Id(3)] int ServiceGrade,
    [property: Id(4)] decimal FeePerSquareMetre,
    [property: Id(5)] ContractTerm Term,
    [property: Id(6)] SelectionMethod Selection,
    [property: Id(7)] string? ExemptionReason)
{
    /// <summary>The tender that let the contract: candidates from the pool, decided on, reference. Required for a
    /// <see cref="SelectionMethod.Tender"/>; the company is drawn from the pool whatever the method.</summary>
    [Id(8)] public TenderRecord? Tender { get; init; }
}
