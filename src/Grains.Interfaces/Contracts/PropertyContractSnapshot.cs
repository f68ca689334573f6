namespace Anju.Contracts;

/// <summary>A property-service contract as it stands: terms, status, the steps that led there, and whether
/// the company serves today (<see cref="InForce"/>: active and inside the term).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PropertyContractSnapshot")]
public sealed record PropertyContractSnapshot(
    [property: Id(0)] string ContractId,
    [property: Id(1)] PropertyContractTerms Terms,
    [property: Id(2)] ContractStatus Status,
    [property: Id(3)] IReadOnlyList<ContractTransition> History,
    [property: Id(4)] bool InForce,
    [property: Id(5)] DateTimeOffset CreatedAt);
