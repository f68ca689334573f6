namespace Anju.Silo.Ingest;

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyInfo(string KeyId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
