namespace Anju.Security;

/// <summary>The outcome of one ingested event, with the reason when rejected.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.IngestResult")]
public sealed record IngestResult(
    [property: Id(0)] string EventId, [property: Id(1)] IngestOutcome Outcome, [property: Id(2)] string? Reason = null);
