using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Anju.Silo.Ingest;

/// <summary>Per-integration API keys in PostgreSQL (table <c>anju_ingest_keys</c>): only a SHA-256 hash is
/// stored, so a leaked table does not leak keys. Keys are random (256 bits), so an unsalted hash suffices.
/// Checked on every batch (one indexed lookup), so a revocation takes effect on the next batch.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource database)
{
    /// <summary>Creates a key; the returned secret is shown once and never stored.</summary>
    public async Task<CreatedApiKey> CreateAsync(string name, CancellationToken ct)
    {
        var keyId = "ik-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var key = $"{keyId}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        await using var command = database.CreateCommand(
            "INSERT INTO anju_ingest_keys (key_id, name, key_hash) VALUES ($1, $2, $3) RETURNING created_at");
        command.Parameters.AddWithValue(keyId);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(Hash(key));
        var createdAt = (DateTime)(await command.ExecuteScalarAsync(ct))!;
        return new CreatedApiKey(keyId, name, key, new DateTimeOffset(createdAt, TimeSpan.Zero));
    }

    /// <summary>Revokes a key; false when no such key exists. Revoking twice is harmless.</summary>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            "UPDATE anju_ingest_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE key_id = $1");
        command.Parameters.AddWithValue(keyId);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>The integration a presented key belongs to, or null when unknown or revoked.</summary>
    public async Task<string?> AuthenticateAsync(string? presented, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return null;
        }

        await using var command = database.CreateCommand(
            "SELECT key_id FROM anju_ingest_keys WHERE key_hash = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(Hash(presented));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Every key without its secret.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            "SELECT key_id, name, created_at, revoked_at FROM anju_ingest_keys ORDER BY created_at");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<ApiKeyInfo>();
        while (await reader.ReadAsync(ct))
        {
            keys.Add(new ApiKeyInfo(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return keys;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
