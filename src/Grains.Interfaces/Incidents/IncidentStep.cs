namespace Anju.Incidents;

/// <summary>One recorded step of a case: what, who, who approved, why and when, and where it stood after.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentStep")]
public sealed record IncidentStep(
    [property: Id(0)] string Action,
    [property: Id(1)] IncidentStatus Status,
    [property: Id(2)] EscalationLevel Level,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Reason,
    [property: Id(5)] DateTimeOffset At)
{
    [Id(6)] public ApproverRole? Approver { get; init; }

    [Id(7)] public string? Note { get; init; }
}
