using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Anju.Testing;

/// <summary>One in-process cluster with memory storage and short clocks, shared by every grain test of a collection; tests
/// use fresh keys (<see cref="Fresh"/>).</summary>
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
            silo.Services.Configure<Anju.Allocation.AllocationOptions>(o => o.PublicPeriod = TimeSpan.FromSeconds(1));
        });
        Cluster = builder.Build();
    }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
