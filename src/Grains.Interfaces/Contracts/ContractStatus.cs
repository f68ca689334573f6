namespace Anju.Contracts;

/// <summary>Where a property-service contract (物業服務合同) stands.</summary>
[GenerateSerializer]
public enum ContractStatus
{
    /// <summary>Being prepared; not yet in force.</summary>
    Draft = 0,

    /// <summary>In force: the company serves the estate or zone.</summary>
    Active = 1,

    /// <summary>Temporarily suspended (e.g. pending an assessment dispute).</summary>
    Suspended = 2,

    /// <summary>Ended early (or a draft withdrawn). Final.</summary>
    Terminated = 3,

    /// <summary>Ran to the end of its term. Final.</summary>
    Expired = 4,
}
