using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Anju.Tests.Infrastructure;

/// <summary>One in-process cluster with memory storage, shared by every grain test; tests use fresh keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public ClusterFixture()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main);
            silo.UseInMemoryReminderService();
            silo.Services.AddAnjuGrainServices();
            silo.Services.AddMemoryStateJournal();
            silo.Services.Configure<Anju.Districts.RollupOptions>(o => o.ReportDelay = TimeSpan.FromMilliseconds(20));
            silo.Services.Configure<Anju.Security.SecurityOptions>(o =>
            {
                (o.TickInterval, o.ReportDelay, o.CameraTimeout) = (TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1));
            });
            silo.Services.Configure<Anju.Incidents.IncidentOptions>(IncidentClocks.Shorten);
            silo.Services.Configure<Anju.Grids.GridOptions>(o => o.ReassessEvery = TimeSpan.FromMilliseconds(500));
        });
        Cluster = builder.Build();
    }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>Fresh ids per test so tests sharing a cluster never see each other's objects.</summary>
public static class Fresh
{
    private static int _next;

    public static string EstateId(string district = "TH") => $"{district}-T{Interlocked.Increment(ref _next):D4}{Guid.NewGuid().ToString("N")[..6]}";
}
