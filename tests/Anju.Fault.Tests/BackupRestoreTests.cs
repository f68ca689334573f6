using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Anju.Fault.Tests.Harness;
using Npgsql;

namespace Anju.Fault.Tests;

/// <summary>deploy/backup.sh and deploy/restore.sh against a PostgreSQL server of the test's own: a small city changed
/// through a running silo is backed up while the silo runs, the database is dropped and created again empty, the dump
/// is restored into it, and a new silo on the restored database shows the same city totals; owners and the hosts'
/// grants come back as deploy/postgres sets them up, and a restore into a database with tables is refused.</summary>
[Collection(FaultCollection.Name)]
public class BackupRestoreTests(ITestOutputHelper output)
{
    private const int Repaired = 7;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_backup_restored_into_a_recreated_database_gives_the_same_city_totals()
    {
        await using var database = await PrivatePostgres.StartAsync();
        var port = new NpgsqlConnectionStringBuilder(database.ConnectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var service = $"fb-{Guid.NewGuid():N}"[..16];
        var (estateId, dwellings) = await FaultCity.SeedAsync(database.ConnectionString, service, 40);
        var dump = Path.Combine(Path.GetTempPath(), $"anju-{service}.dump");
        try
        {
            string before;
            using (var silo = await SiloProcess.StartAsync(database.ConnectionString, service + "-a", service))
            {
                foreach (var dwelling in dwellings.Take(Repaired))
                {
                    using var response = await silo.Http.PostAsJsonAsync(new Uri($"/api/estates/{estateId}/dwellings/{dwelling}/occupancy", UriKind.Relative),
                        new { action = "StartRepair", reason = "backup test" });
                    response.EnsureSuccessStatusCode();
                }

                // The rollups follow their dwellings asynchronously: wait until the city shows every change.
                before = await Wait.EventuallyAsync(() => CityTotalsAsync(silo.Http),
                    t => t.Contains($"\"UnderRepair\":{Repaired}", StringComparison.Ordinal) && t.Contains("\"dwellings\":40", StringComparison.Ordinal), Settle);
                // Taken while the silo runs, as a real backup is.
                var backup = await RunAsync("backup.sh", "-p", port, "-f", dump);
                Assert.True(backup.ExitCode == 0, $"backup.sh exited {backup.ExitCode}:\n{backup.Output}");
                output.WriteLine(backup.Output);
            }

            await RecreateEmptyAsync(database.ConnectionString);
            var restore = await RunAsync("restore.sh", "-p", port, dump);
            Assert.True(restore.ExitCode == 0, $"restore.sh exited {restore.ExitCode}:\n{restore.Output}");
            output.WriteLine(restore.Output);
            var again = await RunAsync("restore.sh", "-p", port, dump);
            Assert.True(again.ExitCode != 0 && again.Output.Contains("restore only into an empty database", StringComparison.Ordinal),
                $"a restore into a database with tables was not refused ({again.ExitCode}):\n{again.Output}");
            await AssertOwnersAndGrantsAsync(database.ConnectionString);

            // A connection string of its own: pools opened before the drop (the test accounts' among them) hold
            // connections the server has ended.
            var afterRestore = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = "anju-restored" }.ConnectionString;
            using var restored = await SiloProcess.StartAsync(afterRestore, service + "-b", service);
            var last = "";
            await Wait.UntilAsync(async () => (last = await CityTotalsAsync(restored.Http)) == before, Settle,
                () => $"the restored city's totals to equal the backed-up ones\nbefore: {before}\nafter:  {last}\n--- silo log ---\n{restored.LogTail}");
            output.WriteLine($"the city's occupancy before and after: {JsonNode.Parse(before)!["occupancy"]!.ToJsonString()}");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    /// <summary>The city's figures without their versions (a version is a clock reading, new after a restart).</summary>
    private static async Task<string> CityTotalsAsync(HttpClient http)
    {
        await Task.Delay(200);
        var city = JsonNode.Parse(await http.GetStringAsync(new Uri("/api/city", UriKind.Relative)))!;
        DropVersions(city);
        return city.ToJsonString();
    }

    private static void DropVersions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                map.Remove("version");
                foreach (var (_, inner) in map)
                {
                    DropVersions(inner);
                }

                break;
            case JsonArray list:
                foreach (var inner in list)
                {
                    DropVersions(inner);
                }

                break;
        }
    }

    /// <summary>What losing the database looks like: it is dropped and created again, empty, owned by anju.</summary>
    private static async Task RecreateEmptyAsync(string ownerConnection)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(ownerConnection) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "DROP DATABASE anju WITH (FORCE)", "CREATE DATABASE anju OWNER anju ENCODING 'UTF8' TEMPLATE template0" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task AssertOwnersAndGrantsAsync(string ownerConnection)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT tableowner FROM pg_tables WHERE tablename = 'orleansstorage'),
                   has_table_privilege('anju_app', 'orleansstorage', 'UPDATE'),
                   has_table_privilege('anju_app', 'anju_audit', 'INSERT'),
                   has_table_privilege('anju_app', 'anju_audit', 'UPDATE')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("anju", reader.GetString(0));
        Assert.True(reader.GetBoolean(1), "anju_app lost its rows on grain storage");
        Assert.True(reader.GetBoolean(2), "anju_app may no longer add to the audit log");
        Assert.False(reader.GetBoolean(3), "anju_app may change the audit log after the restore");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "deploy", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PGHOST"] = "127.0.0.1";
        start.Environment.Remove("PGPORT");
        start.Environment.Remove("PGUSER");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "deploy", "backup.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No deploy/backup.sh above {AppContext.BaseDirectory}.");
    }
}
