namespace Anju.Incidents;

/// <summary>One lifecycle step on a case. <see cref="ExpectedVersion"/> is the version the operator saw: a case
/// changed since is refused (409) so two operators cannot silently overwrite each other.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentCommand")]
public sealed record IncidentCommand(
    [property: Id(0)] IncidentAction Action,
    [property: Id(1)] long ExpectedVersion,
    [property: Id(2)] string Actor)
{
    /// <summary>Why; required for void, send-back, extension, escalation and de-escalation.</summary>
    [Id(3)] public string? Reason { get; init; }

    /// <summary>Who approved a void, send-back, extension or de-escalation.</summary>
    [Id(4)] public ApproverRole? Approver { get; init; }

    /// <summary>Dispatch: the party to send it to, if not the routed one.</summary>
    [Id(5)] public ResponsibleParty? Assignee { get; init; }

    /// <summary>Feedback or closing notes.</summary>
    [Id(6)] public string? Note { get; init; }

    /// <summary>Evaluate: the resident's satisfaction, 1–5.</summary>
    [Id(7)] public int? Rating { get; init; }

    /// <summary>Extend: how much longer the resolve clock runs.</summary>
    [Id(8)] public TimeSpan? Extension { get; init; }
}
