using Anju.Facilities;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Anju.Tests.Grains.Facilities;

/// <summary>An in-process cluster for the facilities grains: memory storage, and one short clock (a stopped lift must
/// be accepted within <see cref="Accept"/>) so a test watches an order climb the ladder; every other clock keeps its
/// default, so other tests never see a breach.</summary>
public sealed class FacilitiesClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan Accept = TimeSpan.FromSeconds(2);

    public FacilitiesClusterFixture()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main);
            silo.UseInMemoryReminderService();
            silo.Services.AddAnjuGrainServices();
            silo.Services.AddMemoryStateJournal();
            silo.Services.Configure<Anju.Districts.RollupOptions>(o => o.ReportDelay = TimeSpan.FromMilliseconds(20));
            silo.Services.Configure<FacilityOptions>(o =>
            {
                (o.TickInterval, o.ReportDelay) = (TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(20));
                o.Clocks["lift-stopped"] = new WorkOrderClock(Accept, TimeSpan.FromHours(2), TimeSpan.FromHours(24));
            });
        });
        Cluster = builder.Build();
    }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class FacilitiesCollection : ICollectionFixture<FacilitiesClusterFixture>
{
    public const string Name = "facilities-cluster";
}
