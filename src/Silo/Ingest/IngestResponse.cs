namespace Anju.Silo.Ingest;

/// <summary>A batch's outcome: counts and one result per event, in the order sent.</summary>
public sealed record IngestResponse(int Accepted, int Duplicate, int Rejected, IReadOnlyList<IngestEventResult> Results);
