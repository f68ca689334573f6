namespace Anju.Security;

/// <summary>What became of one ingested event.</summary>
[GenerateSerializer]
public enum IngestOutcome
{
    Accepted,
    Duplicate,
    Rejected,
}
