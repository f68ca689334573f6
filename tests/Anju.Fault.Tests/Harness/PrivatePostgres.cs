using System.Diagnostics;
using Anju.Silo.Database;
using Npgsql;

namespace Anju.Fault.Tests.Harness;

/// <summary>A PostgreSQL server of the test's own (the project's <c>deploy/postgres/local.sh</c> on a free port), so
/// a test can stop and start it under load without touching the server the rest of the suite uses.</summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly int _port;

    private PrivatePostgres(int port, string connectionString)
    {
        _port = port;
        ConnectionString = connectionString;
    }

    public int Port => _port;

    /// <summary>The owner's connection string (migrations and hosts alike, as the test servers do).</summary>
    public string ConnectionString { get; }

    public static async Task<PrivatePostgres> StartAsync()
    {
        var port = FreePort.Next();
        await RunAsync(port, "start");
        var url = (await RunAsync(port, "url")).Trim();
        var server = new PrivatePostgres(port, url);
        await SchemaMigrator.ApplyAsync(url, SchemaMigrator.DefaultFolder);
        return server;
    }

    /// <summary>A fast shutdown: open sessions are cut, nothing is left running.</summary>
    public Task StopAsync() => RunAsync(_port, "stop");

    public Task StartAgainAsync() => RunAsync(_port, "start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync(_port, "destroy");
    }

    private static async Task<string> RunAsync(int port, string verb)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "postgres", "local.sh");
        var start = new ProcessStartInfo("bash", [script, verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ANJU_PG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"local.sh {verb} (port {port}) exited {process.ExitCode}: {await errors}");
        }

        return await output;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "deploy", "postgres", "local.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No deploy/postgres/local.sh above {AppContext.BaseDirectory}.");
    }
}
