using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Serilog;

namespace Anju.Silo.Database;

/// <summary>
/// Applies <c>deploy/postgres/migrations/*.sql</c> in name order, each once, recorded in
/// <c>anju_schema_migrations</c>. Runs in one transaction under an advisory lock, so silos
/// starting together apply the schema once and a failed file leaves nothing half-applied.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Arbitrary, fixed: the advisory lock that serialises concurrent migrators.</summary>
    private const long LockKey = 0x616E6A75; // "anju"

    /// <summary>Where the silo's build output keeps the SQL files.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "migrations");

    /// <summary>Applies what is missing; returns the versions applied now (empty when up to date).</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, string folder, CancellationToken cancellationToken = default)
    {
        var files = Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No migrations found in {folder}.");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS anju_schema_migrations (
                version    text PRIMARY KEY,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, cancellationToken);
        var applied = await ReadAppliedAsync(connection, cancellationToken);

        var appliedNow = new List<string>();
        foreach (var file in files)
        {
            var version = Path.GetFileNameWithoutExtension(file);
            var sql = await File.ReadAllTextAsync(file, cancellationToken);
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            if (applied.TryGetValue(version, out var recorded))
            {
                if (recorded != checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {version} was changed after it was applied; add a new migration instead.");
                }

                continue;
            }

            Log.Information("Applying migration {Version}", version);
            await ExecuteAsync(connection, sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO anju_schema_migrations (version, checksum) VALUES (@version, @checksum)", connection);
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("checksum", checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
            appliedNow.Add(version);
        }

        await transaction.CommitAsync(cancellationToken);
        Log.Information("Schema up to date: {Applied} applied now, {Total} in all", appliedNow.Count, files.Count);
        return appliedNow;
    }

    /// <summary>The shipped migrations the database has not applied (all of them when it has none).</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(NpgsqlDataSource database, string folder, CancellationToken cancellationToken = default)
    {
        var shipped = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('anju_schema_migrations') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return shipped;
        }

        var applied = await ReadAppliedAsync(connection, cancellationToken);
        return [.. shipped.Where(v => !applied.ContainsKey(v))];
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM anju_schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // A migration may rewrite a large table (0008 thins the journal of a busy city): not Npgsql's 30 s.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)MigrationTimeout.TotalSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How long one migration file may run.</summary>
    public static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(15);
}
