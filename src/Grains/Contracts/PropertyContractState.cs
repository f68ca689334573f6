namespace Anju.Contracts;

/// <summary>Persisted state of a property-service contract grain (state name "contract").</summary>
[GenerateSerializer, Alias("Anju.Contracts.PropertyContractState")]
internal sealed class PropertyContractState
{
    /// <summary>The validated terms; null until created.</summary>
    [Id(0)] public PropertyContractTerms? Terms { get; set; }
    [Id(1)] public ContractStatus Status { get; set; }
    [Id(2)] public List<ContractTransition> History { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
}
