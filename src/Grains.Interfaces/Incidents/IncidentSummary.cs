namespace Anju.Incidents;

/// <summary>A case as lists and counts see it (no personal data). The estate's book keeps the newest
/// <see cref="Version"/> per incident.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentSummary")]
public sealed record IncidentSummary(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] long Version,
    [property: Id(2)] IncidentCategory Category,
    [property: Id(3)] IncidentSeverity Severity,
    [property: Id(4)] IncidentSource Source,
    [property: Id(5)] IncidentStatus Status,
    [property: Id(6)] EscalationLevel Level,
    [property: Id(7)] IncidentLocation Location,
    [property: Id(8)] string Description,
    [property: Id(9)] SlaDeadlines Deadlines,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset UpdatedAt)
{
    [Id(12)] public bool Overdue { get; init; }

    [Id(13)] public DateTimeOffset? AcknowledgedAt { get; init; }

    [Id(14)] public DateTimeOffset? ClosedAt { get; init; }

    [Id(15)] public ResponsibleParty? AssignedTo { get; init; }

    [Id(16)] public int Occurrences { get; init; } = 1;

    [Id(17)] public string? DeviceId { get; init; }

    [Id(18)] public string? AlarmType { get; init; }

    [Id(19)] public string? District { get; init; }

    [Id(20)] public int? Rating { get; init; }

    [Id(21)] public string? Agency { get; init; }
}
