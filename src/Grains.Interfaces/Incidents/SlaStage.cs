namespace Anju.Incidents;

/// <summary>The stages an SLA clock times.</summary>
[GenerateSerializer]
public enum SlaStage
{
    /// <summary>From collection until the case is filed.</summary>
    Acknowledge,

    /// <summary>From collection until the case is dispatched.</summary>
    Dispatch,

    /// <summary>From collection until the case is closed.</summary>
    Resolve,
}
