namespace Anju.Contracts;

/// <summary>The verbs that move a property-service contract through its lifecycle.</summary>
[GenerateSerializer]
public enum ContractAction
{
    /// <summary>Draft → active.</summary>
    Activate = 0,

    /// <summary>Active → suspended.</summary>
    Suspend = 1,

    /// <summary>Suspended → active.</summary>
    Resume = 2,

    /// <summary>Draft, active or suspended → terminated.</summary>
    Terminate = 3,

    /// <summary>Active or suspended → expired, once the term is over.</summary>
    Expire = 4,
}
