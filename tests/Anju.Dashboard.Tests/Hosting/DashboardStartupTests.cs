using System.Net;
using System.Net.Sockets;

namespace Anju.Dashboard.Tests.Hosting;

/// <summary>The built dashboard started with bad settings stops with the one line docs/configuration.md gives, naming
/// the setting, and its exit code.</summary>
public sealed class DashboardStartupTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    // The exit codes of docs/configuration.md (StartupFailure's constants, compiled into both hosts this project references).
    private const int Configuration = 78;
    private const int CannotListen = 69;

    [Fact]
    public async Task A_missing_connection_string_is_named()
    {
        var run = await DashboardAsync(["--ConnectionStrings:Anju="]);

        run.AssertStoppedWith(Configuration, "anju-dashboard: configuration: ConnectionStrings:Anju: is not set");
    }

    [Theory]
    [InlineData("LiveRelay:SendTimeout", "fast", "anju-dashboard: configuration: LiveRelay:SendTimeout: 'fast' is not a duration (hh:mm:ss")]
    [InlineData("Dashboard:HealthAlarmBelow", "500", "anju-dashboard: configuration: Dashboard:HealthAlarmBelow must be between 0 and 100, not 500.")]
    [InlineData("Orleans:ConnectRetryDelay", "00:00:00", "anju-dashboard: configuration: Orleans:ConnectRetryDelay: must be a duration above 0")]
    public async Task A_bad_value_is_named(string setting, string value, string line)
    {
        var run = await DashboardAsync([$"--ConnectionStrings:Anju={database.ConnectionString}", $"--{setting}={value}"]);

        run.AssertStoppedWith(Configuration, line);
    }

    [Fact]
    public async Task A_port_in_use_is_named()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await DashboardAsync([$"--ConnectionStrings:Anju={database.ConnectionString}", $"--urls=http://127.0.0.1:{port}"]);

        run.AssertStoppedWith(CannotListen,
            $"anju-dashboard: cannot listen on http://127.0.0.1:{port}: the port is in use (setting: urls / ASPNETCORE_URLS)");
    }

    /// <summary>The dashboard of a cluster nobody runs (its connector waits quietly for gateways), on a free port unless
    /// the arguments name their own.</summary>
    private static Task<HostRun> DashboardAsync(string[] args) =>
        HostRun.RunAsync("Anju.Dashboard.dll", [$"--Orleans:ClusterId=nobody-{Guid.NewGuid():N}",
            .. args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) ? args : [.. args, $"--urls=http://127.0.0.1:{FreePort.Next()}"]]);
}
