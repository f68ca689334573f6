namespace Anju.Incidents;

/// <summary>How to reach the reporter. Personal data: shown to case handlers only, never in lists or Open311 output.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.ReporterContact")]
public sealed record ReporterContact(
    [property: Id(0)] string? Name = null,
    [property: Id(1)] string? Phone = null,
    [property: Id(2)] string? Email = null);
