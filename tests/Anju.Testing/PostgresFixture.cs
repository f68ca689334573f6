using Anju.Silo.Database;
using Npgsql;

namespace Anju.Testing;

/// <summary>
/// A throwaway database on the test PostgreSQL server (<c>ANJU_TEST_PG</c>, started by
/// <c>deploy/test.sh</c>), migrated once and dropped at the end. No server, no pass: these
/// tests fail rather than skip, because the providers are only proven on the real thing.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string _server =
        Environment.GetEnvironmentVariable("ANJU_TEST_PG") ?? "Host=127.0.0.1;Port=55433;Database=anju;Username=anju";

    public string DatabaseName { get; } = $"anju_t_{Guid.NewGuid():N}"[..20];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = DatabaseName, Pooling = true }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(_server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await SchemaMigrator.ApplyAsync(ConnectionString, SchemaMigrator.DefaultFolder);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        // No new connections first: a host still stopping (a dashboard's timers, a silo's last writes) could otherwise
        // connect between FORCE's terminating the sessions and the drop, which then fails as "being accessed".
        try
        {
            await using var close = new NpgsqlCommand($"ALTER DATABASE {DatabaseName} WITH ALLOW_CONNECTIONS false", admin);
            await close.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return; // never created (the fixture failed to start)
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
