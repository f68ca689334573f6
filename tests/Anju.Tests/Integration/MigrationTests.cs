using Anju.Silo.Database;
using Anju.Tests.Infrastructure;
using Npgsql;

namespace Anju.Tests.Integration;

[Collection(PostgresCollection.Name)]
public class MigrationTests(PostgresFixture db)
{
    /// <summary>Tables, columns, indexes, functions and stored query texts: what a migration could change.</summary>
    private const string Fingerprint = """
        SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
            SELECT table_name || '.' || column_name || ':' || data_type AS x FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL SELECT indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT p.proname || ':' || md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            UNION ALL SELECT querykey || ':' || md5(querytext) FROM orleansquery
            UNION ALL SELECT 'migration:' || version || ':' || checksum FROM anju_schema_migrations
        ) parts
        """;

    [Fact]
    public async Task Readiness_sees_a_shipped_migration_the_database_has_not_applied()
    {
        await using var database = NpgsqlDataSource.Create(db.ConnectionString);
        Assert.Empty(await SchemaMigrator.MissingAsync(database, SchemaMigrator.DefaultFolder));

        var newer = Directory.CreateTempSubdirectory("anju-migrations-");
        try
        {
            foreach (var file in Directory.GetFiles(SchemaMigrator.DefaultFolder, "*.sql"))
            {
                File.Copy(file, Path.Combine(newer.FullName, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(newer.FullName, "9999_next_release.sql"), "SELECT 1;");
            Assert.Equal(["9999_next_release"], await SchemaMigrator.MissingAsync(database, newer.FullName));
        }
        finally
        {
            newer.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Re_running_the_migration_changes_nothing()
    {
        var before = await db.ScalarAsync<string>(Fingerprint);

        var applied = await SchemaMigrator.ApplyAsync(db.ConnectionString, SchemaMigrator.DefaultFolder);

        Assert.Empty(applied);
        Assert.Equal(before, await db.ScalarAsync<string>(Fingerprint));
    }

    [Fact]
    public async Task Each_migration_file_is_itself_idempotent()
    {
        var before = await db.ScalarAsync<string>(Fingerprint);
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        foreach (var file in Directory.GetFiles(SchemaMigrator.DefaultFolder, "*.sql").Order(StringComparer.Ordinal))
        {
            await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(file), connection);
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(before, await db.ScalarAsync<string>(Fingerprint));
    }

    [Theory]
    [InlineData("anju_state_journal", "payload")]
    [InlineData("orleansstorage", "payloadbinary")]
    public async Task Grain_payloads_are_compressed_with_lz4(string table, string column)
    {
        var method = await db.ScalarAsync<string>(
            $"SELECT attcompression::text FROM pg_attribute WHERE attrelid = '{table}'::regclass AND attname = '{column}'");

        Assert.Equal("l", method);
    }

    [Fact]
    public async Task Every_query_key_the_providers_need_is_stored()
    {
        string[] required =
        [
            "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey", "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "UpsertReminderRowKey",
            "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        var keys = string.Join(",", required.Select(k => $"'{k}'"));
        Assert.Equal(required.Length, await db.ScalarAsync<long>($"SELECT count(*) FROM orleansquery WHERE querykey IN ({keys})"));
    }
}
