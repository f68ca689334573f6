namespace Anju.Contracts;

/// <summary>A service zone not served by exactly one property contract: no contract
/// (<see cref="ContractIds"/> empty) or several at once. Contract ids sorted.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ZoneCoverageViolation")]
public sealed record ZoneCoverageViolation(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] IReadOnlyList<string> ContractIds);
