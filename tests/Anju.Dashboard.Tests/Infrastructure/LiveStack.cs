using System.Globalization;
using Anju.Dashboard.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// What a wall screen talks to: a throwaway PostgreSQL database, one real silo and one real
/// dashboard host joined to it, all on loopback. Ready once the dashboard's cluster panel
/// sees the silo. Shared per collection; tests use fresh estate ids.
/// </summary>
public sealed class LiveStack() : SiloFixture(new Dictionary<string, string?>
{
    ["LiveFeed:MaxUpdatesPerSecond"] = MaxUpdatesPerSecond.ToString(CultureInfo.InvariantCulture),
    // Rollups pass changes up almost at once, so the feed grain alone has to keep
    // the screens' rate down (the coalescing test would not see it otherwise).
    ["Rollups:ReportDelay"] = "00:00:00.020",
    ["Logging:Json"] = "false",
    // The allocation screen's test allocates from a public list once its period has ended.
    ["Allocation:PublicPeriod"] = "00:00:02",
    // Grain calls carry their trace (CommandTraceTests follows one from a command to the screen).
    ["Telemetry:Tracing"] = "true",
})
{
    /// <summary>Set explicitly on the silo: the coalescing test's bound depends on it.</summary>
    public const double MaxUpdatesPerSecond = 4;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    private static readonly Dictionary<string, string?> Traced = new() { ["Telemetry:Tracing"] = "true" };

    public RunningDashboard Dashboard { get; private set; } = null!;

    public EstateApi Api { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Api = new EstateApi(Silo.Http);
        Dashboard = await StartDashboardAsync(overrides: Traced);
    }

    /// <summary>Another dashboard host on this cluster (optionally on a given port, with settings of its own); the
    /// caller disposes it.</summary>
    public async Task<RunningDashboard> StartDashboardAsync(int? port = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var dashboard = await RunningDashboard.StartAsync(Db.ConnectionString, ClusterId, port, Silo.Http.BaseAddress, overrides);
        var monitor = dashboard.Services.GetRequiredService<ClusterMonitor>();
        await Wait.UntilAsync(() => monitor.Current is { Connected: true, Silos.Count: > 0 }, ReadyTimeout, "the dashboard's cluster panel to see the silo");
        return dashboard;
    }

    public override async Task DisposeAsync()
    {
        if (Dashboard is not null)
        {
            await Dashboard.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveStack>
{
    public const string Name = "live";
}
