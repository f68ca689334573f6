namespace Anju.Silo.Ingest;

/// <summary>A new API key: <see cref="Key"/> is shown only in this response.</summary>
public sealed record CreatedApiKey(string KeyId, string Name, string Key, DateTimeOffset CreatedAt);
