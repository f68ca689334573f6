namespace Anju.Contracts;

/// <summary>A property-service contract (物業服務合同, §6.1): the one owner of its terms, status and history.
/// Key: <see cref="Keys.Contract"/>. Every command is acknowledged once its change is durable; while in force
/// the contract is attached to its estate (or zone), which enforces one contract per zone and one company per
/// property-rights type (§6.3).</summary>
[Alias("Anju.Contracts.IPropertyContractGrain")]
public interface IPropertyContractGrain : IGrainWithStringKey
{
    /// <summary>Creates the contract as a draft after checking its terms (grade, tender, fee, term) and that the
    /// estate and zone exist. Repeating the identical creation is harmless; other terms are a
    /// <see cref="ConflictException"/>.</summary>
    Task<PropertyContractSnapshot> CreateAsync(PropertyContractTerms terms);

    /// <summary>Moves the contract one lifecycle step, recorded with actor and reason. Activating a draft attaches it
    /// to the estate first, so an estate refusal leaves it a draft (a suspended contract stays attached); ending it detaches it.
    /// Throws <see cref="ConflictException"/> for an illegal step and <see cref="NotFoundException"/>
    /// when never created.</summary>
    Task<PropertyContractSnapshot> ActAsync(ContractAction action, string actor, string? reason);

    /// <summary>The contract's terms, status, history and whether it is in force today.</summary>
    [ReadOnly]
    Task<PropertyContractSnapshot> GetAsync();
}
