namespace Anju.Incidents;

/// <summary>A filter over an estate's book; null fields do not filter. <see cref="ReachedLevel"/> keeps the cases
/// that reached that level or above (each level sees what reached it).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentQuery")]
public sealed record IncidentQuery(
    [property: Id(0)] IncidentStatus? Status = null,
    [property: Id(1)] IncidentSeverity? Severity = null,
    [property: Id(2)] IncidentCategory? Category = null,
    [property: Id(3)] EscalationLevel? ReachedLevel = null,
    [property: Id(4)] bool? Open = null,
    [property: Id(5)] DateTimeOffset? CreatedFrom = null,
    [property: Id(6)] DateTimeOffset? CreatedTo = null,
    [property: Id(7)] string? GridId = null);
