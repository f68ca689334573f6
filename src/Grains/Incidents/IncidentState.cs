namespace Anju.Incidents;

/// <summary>Persisted state of an incident grain (state name "incident").</summary>
[GenerateSerializer, Alias("Anju.Incidents.IncidentState")]
internal sealed class IncidentState
{
    /// <summary>The case as it stands; null until created.</summary>
    [Id(0)] public IncidentSummary? Summary { get; set; }
    [Id(1)] public IncidentRoute? Route { get; set; }
    [Id(2)] public ReporterContact? Reporter { get; set; }
    [Id(3)] public List<string> Attachments { get; set; } = [];
    [Id(4)] public List<IncidentStep> History { get; set; } = [];
}
