namespace Anju.Silo.Ingest;

/// <summary>The outcome of one event: accepted, duplicate or rejected (with the reason); <see cref="Index"/>
/// is its position in the batch, for events that had no usable id.</summary>
public sealed record IngestEventResult(int Index, string? Id, string Outcome, string? Reason);
