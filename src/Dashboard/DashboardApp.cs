using Anju.Dashboard.Access;
using Anju.Dashboard.Cluster;
using Anju.Dashboard.Hosting;
using Anju.Dashboard.Live;
using Anju.Dashboard.Screens;
using Anju.Hosting;

namespace Anju.Dashboard;

/// <summary>The dashboard host, built the same way by <c>Program</c> and by tests.</summary>
public static class DashboardApp
{
    /// <summary>Builds the dashboard web host. <paramref name="configure"/> runs before any
    /// setting is read, so tests can add configuration there.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.UseAnjuSerilog(args, LogLevels.Defaults);
        builder.AddAnjuTelemetry("anju-dashboard");
        builder.UseLoopbackUrls();

        builder.AddAnjuOrleansClient();
        builder.AddDashboardAccess();
        builder.AddOrleansHealth();
        builder.AddLiveFeed();
        builder.AddClusterMonitor();
        builder.AddScreens();
        builder.AddApiForwarding();

        var app = builder.Build();
        app.UseAnjuRequestLogging();
        app.UseSecurityHeaders();
        app.UseDashboardAccess();
        app.MapScreens();
        app.MapApiForwarding();
        app.MapLiveHub();
        app.MapOrleansDashboardPages();
        app.MapAnjuHealth("dashboard host");
        app.MapAnjuMetrics();
        return app;
    }
}
