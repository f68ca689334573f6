using Anju.Access.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Anju.Tests.Access;

/// <summary>The audit log, its chain check and its search on one database connection string (the owner's or the
/// hosts' role), as a host would wire them, with the SQL a test needs to reach past them.</summary>
public sealed class AuditHarness : IAsyncDisposable
{
    public const string AppRole = "anju_app";

    public AuditHarness(string connectionString)
    {
        Db = NpgsqlDataSource.Create(connectionString);
        Log = new PostgresAuditLog(Db, TimeProvider.System, NullLogger<PostgresAuditLog>.Instance);
        Chain = new AuditChain(Db);
        Search = new AuditSearch(Db);
    }

    public NpgsqlDataSource Db { get; }

    public PostgresAuditLog Log { get; }

    public AuditChain Chain { get; }

    public AuditSearch Search { get; }

    /// <summary>The same database, connected as the hosts' role; fails, not skips, when the server lacks it
    /// (deploy/test.sh makes it through <c>local.sh roles</c>).</summary>
    public static async Task<string> AppConnectionStringAsync(string ownerConnectionString)
    {
        await using var owner = new NpgsqlConnection(ownerConnectionString);
        await owner.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_roles WHERE rolname = '{AppRole}'", owner);
        Assert.True((long)(await exists.ExecuteScalarAsync())! == 1, $"role {AppRole} is missing on the test server: run deploy/test.sh (it runs local.sh roles)");
        return new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = AppRole }.ConnectionString;
    }

    public static AuditEntry Entry(string actor, string action = "dwelling.read", params string[] objectIds) =>
        new(actor, "housing-office@city", action, "dwelling", objectIds.Length == 0 ? ["d-1"] : objectIds, ["name", "phone"], "127.0.0.1", AuditOutcome.Allowed);

    /// <summary>The first and last id of the actor's rows.</summary>
    public async Task<(long First, long Last)> RangeOfAsync(string actor)
    {
        await using var command = Db.CreateCommand("SELECT min(id), max(id) FROM anju_audit WHERE actor = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var command = Db.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL as the owner with the append-only triggers off, as only someone bypassing the log could.</summary>
    public async Task<int> TamperAsync(string sql, params object[] values)
    {
        await using var connection = await Db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("ALTER TABLE anju_audit DISABLE TRIGGER anju_audit_no_change", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        int changed;
        await using (var command = new NpgsqlCommand(sql, connection))
        {
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            changed = await command.ExecuteNonQueryAsync();
        }

        await using (var on = new NpgsqlCommand("ALTER TABLE anju_audit ENABLE TRIGGER anju_audit_no_change", connection))
        {
            await on.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return changed;
    }

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        await Db.DisposeAsync();
    }
}
