namespace Anju.Incidents;

/// <summary>When each stage is due; null once the stage is done or breached at the top of the ladder.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.SlaDeadlines")]
public sealed record SlaDeadlines(
    [property: Id(0)] DateTimeOffset? AcknowledgeBy,
    [property: Id(1)] DateTimeOffset? DispatchBy,
    [property: Id(2)] DateTimeOffset? ResolveBy);
