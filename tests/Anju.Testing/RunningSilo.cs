using System.Net.Sockets;
using Anju.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Testing;

/// <summary>A real silo host (the same <see cref="SiloApp"/> production runs) on free loopback ports.</summary>
public sealed class RunningSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningSilo(WebApplication app, Uri baseAddress, string connectionString, HttpClient http, HttpClient admin)
    {
        _app = app;
        BaseAddress = baseAddress;
        ConnectionString = connectionString;
        Http = http;
        Admin = admin;
        Anonymous = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public string ConnectionString { get; }

    /// <summary>Signed in as <see cref="TestAccounts.Operator"/>: the housing office and security supervision, city-wide.</summary>
    public HttpClient Http { get; }

    /// <summary>Signed in as <see cref="TestAccounts.Admin"/>: accounts, device keys, diagnostics.</summary>
    public HttpClient Admin { get; }

    /// <summary>Not signed in.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client signed in as <paramref name="userName"/>, holding exactly <paramref name="grants"/> (the
    /// account is created, or its grants replaced). The caller disposes it.</summary>
    public async Task<HttpClient> ClientAsync(string userName, params Anju.Access.Grant[] grants)
    {
        await TestAccounts.EnsureAsync(ConnectionString, userName, grants);
        return await TestAccounts.ClientAsync(BaseAddress, userName);
    }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a silo; a free port found here can be taken by another process before Kestrel or
    /// Orleans binds it, so a start that loses that race is retried on fresh ports.</summary>
    public static async Task<RunningSilo> StartAsync(string connectionString, string clusterId, Action<WebApplicationBuilder>? configure = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(connectionString, clusterId, configure);
            }
            catch (Exception ex) when (attempt < 4 && (ex is IOException or SocketException || ex.InnerException is SocketException))
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    private static async Task<RunningSilo> TryStartAsync(string connectionString, string clusterId, Action<WebApplicationBuilder>? configure = null)
    {
        var httpPort = FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["ConnectionStrings:Anju"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Rollups:ReportDelay"] = "00:00:00.050",
            // Test runs sign in often from one address and last longer than a production token.
            ["Access:Limits:SignInsPerMinute"] = "100000",
            ["Access:BearerLifetime"] = "04:00:00",
        };
        var app = await SiloApp.BuildAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            // Tests run on a quick clock; production keeps Orleans' one-minute floor.
            builder.Services.Configure<ReminderOptions>(o =>
            {
                o.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
                o.RefreshReminderListPeriod = TimeSpan.FromSeconds(2);
            });
            configure?.Invoke(builder);
        }) ?? throw new InvalidOperationException("The silo did not build.");
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var baseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        try
        {
            await TestAccounts.EnsureAsync(connectionString, TestAccounts.Operator, TestAccounts.OperatorGrants);
            await TestAccounts.EnsureAsync(connectionString, TestAccounts.Admin, TestAccounts.AdminGrants);
            return new RunningSilo(app, baseAddress, connectionString,
                await TestAccounts.ClientAsync(baseAddress, TestAccounts.Operator), await TestAccounts.ClientAsync(baseAddress, TestAccounts.Admin));
        }
        catch
        {
            await app.StopAsync();
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
