namespace Anju.Incidents;

/// <summary>A whole case: its summary, route, reporter (personal data), attachments and history.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentSnapshot")]
public sealed record IncidentSnapshot(
    [property: Id(0)] IncidentSummary Summary,
    [property: Id(1)] IncidentRoute Route,
    [property: Id(2)] ReporterContact? Reporter,
    [property: Id(3)] IReadOnlyList<string> Attachments,
    [property: Id(4)] IReadOnlyList<IncidentStep> History)
{
    public string IncidentId => Summary.IncidentId;

    public long Version => Summary.Version;
}
