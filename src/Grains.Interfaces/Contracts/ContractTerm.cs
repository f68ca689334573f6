namespace Anju.Contracts;

/// <summary>The period a contract runs: from <see cref="Start"/> to <see cref="End"/>, both days included.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ContractTerm")]
public sealed record ContractTerm(
    [property: Id(0)] DateOnly Start,
    [property: Id(1)] DateOnly End);
