using Anju.Estates;

namespace Anju.Incidents;

/// <summary>An estate's incident counts, in total and per grid (cases without a grid count only in the total).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentBoard")]
public sealed record IncidentBoard(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IncidentCounts Counts,
    [property: Id(2)] IReadOnlyDictionary<string, IncidentCounts> ByGrid);
