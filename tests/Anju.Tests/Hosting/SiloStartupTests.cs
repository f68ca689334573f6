using System.Net;
using System.Net.Sockets;
using Anju.Hosting;

namespace Anju.Tests.Hosting;

/// <summary>The built silo started with bad settings stops with the one line docs/configuration.md gives, naming the
/// setting, and its exit code: no stack trace for an operator to read.</summary>
public sealed class SiloStartupTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    /// <summary>Nothing listens here: the settings are refused before anything connects.</summary>
    private static readonly string Nowhere = $"Host=127.0.0.1;Port={FreePort.Next()};Database=anju;Username=anju;Timeout=3";

    [Fact]
    public async Task A_missing_connection_string_is_named()
    {
        var run = await SiloAsync(["--ConnectionStrings:Anju="]);

        run.AssertStoppedWith(StartupFailure.Configuration, "anju-silo: configuration: ConnectionStrings:Anju: is not set");
    }

    [Fact]
    public async Task A_bad_duration_is_named_with_its_value()
    {
        var run = await SiloAsync([$"--ConnectionStrings:Anju={Nowhere}", "--Database:Migrate=false", "--Incidents:ReminderPeriod=soon"]);

        run.AssertStoppedWith(StartupFailure.Configuration, "anju-silo: configuration: Incidents:ReminderPeriod: 'soon' is not a duration (hh:mm:ss");
    }

    [Theory]
    [InlineData("Dwellings:HistoryKept", "0", "anju-silo: configuration: Dwellings:HistoryKept must be at least 1.")]
    [InlineData("Orleans:SiloPort", "70000", "anju-silo: configuration: Orleans:SiloPort: 70000 is not a TCP port (1 to 65535)")]
    [InlineData("Access:Limits:SignInsPerMinute", "0", "anju-silo: configuration: Access:Limits:SignInsPerMinute must be between 1 and 1000000, not 0.")]
    public async Task An_out_of_range_number_is_named(string setting, string value, string line)
    {
        var run = await SiloAsync([$"--ConnectionStrings:Anju={Nowhere}", "--Database:Migrate=false", $"--{setting}={value}"]);

        run.AssertStoppedWith(StartupFailure.Configuration, line);
    }

    [Fact]
    public async Task An_unreachable_database_at_migration_is_said_in_one_line()
    {
        var run = await SiloAsync([$"--ConnectionStrings:Anju={Nowhere}"]);

        run.AssertStoppedWith(StartupFailure.DatabaseUnreachable, "anju-silo: cannot reach the database: Failed to connect to 127.0.0.1:");
    }

    [Fact]
    public async Task An_http_port_in_use_is_named_and_the_silo_leaves_its_cluster()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await SiloAsync([$"--ConnectionStrings:Anju={database.ConnectionString}", "--Database:Migrate=false",
            $"--urls=http://127.0.0.1:{port}", $"--Orleans:ClusterId=clash-{Guid.NewGuid():N}",
            $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}"]);

        run.AssertStoppedWith(StartupFailure.CannotListen,
            $"anju-silo: cannot listen on http://127.0.0.1:{port}: the port is in use (setting: urls / ASPNETCORE_URLS)");
        Assert.Contains("Orleans Silo stopped", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The silo on free ports unless the arguments name their own.</summary>
    private static Task<HostRun> SiloAsync(string[] args) =>
        HostRun.RunAsync("Anju.Silo.dll", args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) ? args : [.. args, $"--urls=http://127.0.0.1:{FreePort.Next()}"]);
}
