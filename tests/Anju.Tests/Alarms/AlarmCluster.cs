using Anju.Alarms;
using Anju.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Anju.Tests.Alarms;

/// <summary>A one-silo cluster for the alarm stream's grain tests: short stream and desk clocks (owners re-send every
/// second, so a restarted stream is whole again quickly), cameras time out after 1 s and open a CCTV order 2 s later, the pets/info case clock of
/// <see cref="Testing.IncidentClocks"/>, and a clock a test may shift to watch severity rise.</summary>
public sealed class AlarmCluster : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster;

    public AlarmCluster()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddAnjuGrainServices();
            silo.Services.AddMemoryStateJournal();
            silo.Services.Configure<AlarmOptions>(o =>
                (o.TickInterval, o.PublishDelay, o.ResendEvery, o.CameraOrderAfter) = (TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));
            silo.Services.Configure<Anju.Security.SecurityOptions>(o =>
                (o.TickInterval, o.ReportDelay, o.CameraTimeout) = (TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1)));
            silo.Services.Configure<Anju.Incidents.IncidentOptions>(Testing.IncidentClocks.Shorten);
        });
        _cluster = builder.Build();
    }

    public PropertyContractExpiryTests.ShiftedClock Clock { get; } = new();

    public IGrainFactory Grains => _cluster.Client;

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
