using Anju.Dashboard.Hosting;
using Anju.Dashboard.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real dashboard host (<see cref="DashboardApp"/>) on a loopback port, joined to the cluster
/// of a <see cref="RunningSilo"/>. Every setting the tests rely on is given here in memory, added
/// last so it wins over whatever appsettings.json the process happens to find.
/// </summary>
public sealed class RunningDashboard : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;

    private RunningDashboard(WebApplication app, int port, Uri? silo)
    {
        _app = app;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Silo = silo;
    }

    public int Port { get; }

    /// <summary>The silo whose API this dashboard forwards to, and where its test screens sign in.</summary>
    public Uri? Silo { get; }

    public Uri BaseAddress { get; }

    public Uri HubAddress => new(BaseAddress, LiveSetup.HubPath.TrimStart('/'));

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a dashboard and waits until its Orleans client has joined the cluster.
    /// Pass <paramref name="port"/> to come back on the address of a stopped one, <paramref name="overrides"/> for
    /// settings a test needs on top of these.</summary>
    public static async Task<RunningDashboard> StartAsync(
        string connectionString, string clusterId, int? port = null, Uri? api = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var httpPort = port ?? FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["ConnectionStrings:Anju"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:ConnectRetryDelay"] = "00:00:00.500",
            ["Dashboard:FeaturedEstate"] = "TH-0001",
            ["Dashboard:Api"] = api?.ToString() ?? "http://127.0.0.1:9/",
            ["ClusterMonitor:PollEvery"] = "00:00:00.500",
            ["ClusterMonitor:Timeout"] = "00:00:03",
            ["LiveRelay:RenewEvery"] = "00:00:30",
            ["LiveRelay:RetryEvery"] = "00:00:01",
            ["Logging:Json"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Ended sessions lose their hub connections within a second or two, not the production ten.
            ["Access:SessionCheckEvery"] = "00:00:01",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = DashboardApp.Build([], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        try
        {
            await app.Services.GetRequiredService<ClusterConnector>().Connected.WaitAsync(ConnectTimeout);
        }
        catch
        {
            await app.StopAsync();
            await app.DisposeAsync();
            throw;
        }

        return new RunningDashboard(app, httpPort, api);
    }

    /// <summary>A SignalR connection to the live hub signed in as <paramref name="userName"/> (a bearer token from the
    /// silo, fetched again on every reconnect), not yet started.</summary>
    public HubConnection NewHubConnection(string userName = TestAccounts.Operator, Action<IHubConnectionBuilder>? configure = null)
    {
        var silo = Silo ?? throw new InvalidOperationException("This dashboard was started without a silo to sign in at.");
        var builder = new HubConnectionBuilder().WithUrl(HubAddress, o => o.AccessTokenProvider = async () => await TestAccounts.TokenAsync(silo, userName));
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>A SignalR connection to the live hub with no credentials at all, not yet started.</summary>
    public HubConnection NewAnonymousHubConnection() => new HubConnectionBuilder().WithUrl(HubAddress).Build();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
