namespace Anju.Contracts;

/// <summary>A property-service company (物業服務企業), identified by its unified social credit code
/// (統一社會信用代碼, 18 characters); the name is for people.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PropertyCompany")]
public sealed record PropertyCompany(
    [property: Id(0)] string Name,
    [property: Id(1)] string CreditCode);
