namespace Anju.Contracts;

/// <summary>One recorded lifecycle step of a property-service contract: who moved it, why and when.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ContractTransition")]
public sealed record ContractTransition(
    [property: Id(0)] ContractAction Action,
    [property: Id(1)] ContractStatus From,
    [property: Id(2)] ContractStatus To,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Reason,
    [property: Id(5)] DateTimeOffset At);
