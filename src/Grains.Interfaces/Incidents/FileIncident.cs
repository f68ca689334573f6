namespace Anju.Incidents;

/// <summary>Raises an incident in an estate's book. A device alarm names its <see cref="DeviceId"/> and
/// <see cref="AlarmType"/>: while one is open for the pair, a repeat counts an occurrence instead.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.FileIncident")]
public sealed record FileIncident(
    [property: Id(0)] IncidentCategory Category,
    [property: Id(1)] IncidentSeverity Severity,
    [property: Id(2)] IncidentSource Source,
    [property: Id(3)] IncidentLocation Location,
    [property: Id(4)] string Description,
    [property: Id(5)] string Actor)
{
    [Id(6)] public ReporterContact? Reporter { get; init; }

    [Id(7)] public IReadOnlyList<string> Attachments { get; init; } = [];

    [Id(8)] public string? DeviceId { get; init; }

    [Id(9)] public string? AlarmType { get; init; }
}
