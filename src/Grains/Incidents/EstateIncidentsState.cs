namespace Anju.Incidents;

/// <summary>Persisted state of an estate's incident book (state name "incident-book"): the newest summary of each
/// case (open, or finished within <see cref="IncidentOptions.KeepFinishedFor"/>) and the open device alarms.</summary>
[GenerateSerializer, Alias("Anju.Incidents.EstateIncidentsState")]
internal sealed class EstateIncidentsState
{
    [Id(0)] public Dictionary<string, IncidentSummary> Cases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open device alarms: "deviceId|alarmType" → incident id.</summary>
    [Id(1)] public Dictionary<string, string> OpenAlarms { get; set; } = new(StringComparer.Ordinal);
}
