namespace Anju.Incidents;

/// <summary>One step an operator (or the system) takes on a case.</summary>
[GenerateSerializer]
public enum IncidentAction
{
    /// <summary>Collected → filed (受理立案): the acknowledgement the first SLA clock waits for.</summary>
    Acknowledge,

    /// <summary>Collected → voided: needs a reason and an approver.</summary>
    Void,

    /// <summary>Filed → dispatched to the routed party (or another one named).</summary>
    Dispatch,

    /// <summary>Dispatched → in handling: the party accepts the case.</summary>
    Accept,

    /// <summary>In handling → feedback: the handler reports what was done.</summary>
    Feedback,

    /// <summary>Feedback → closed: verified (核查) and closed.</summary>
    Close,

    /// <summary>Feedback → in handling: verification failed, sent back; needs a reason and an approver.</summary>
    SendBack,

    /// <summary>Extends the resolve deadline of an open case; needs a reason and an approver.</summary>
    Extend,

    /// <summary>Moves an open case one level up the ladder (上報); needs a reason.</summary>
    Escalate,

    /// <summary>Hands an open case back one level down; needs a reason and an approver, and is recorded.</summary>
    DeEscalate,

    /// <summary>Closed → evaluated, with the resident's satisfaction (1–5).</summary>
    Evaluate,

    /// <summary>A device alarm cleared: closes an open device incident.</summary>
    Clear,
}
