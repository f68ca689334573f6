using Anju.Dashboard.Hosting;
using Anju.Dashboard.Live;
using Anju.Hosting;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Cluster;

/// <summary>Reads the cluster membership every couple of seconds and pushes it to the screens
/// watching the cluster panel whenever it changed. Polling stays on the server; screens are pushed.</summary>
public sealed class ClusterMonitor(
    IGrainFactory grains,
    ClusterConnector connector,
    IHubContext<LiveHub, ILiveClient> hub,
    IOptions<ClusterMonitorOptions> options,
    TimeProvider clock,
    ILogger<ClusterMonitor> log) : BackgroundService
{
    /// <summary>The SignalR group of the cluster panel.</summary>
    public const string Group = Scopes.Cluster;

    private ClusterStatus _current = new(false, [], clock.GetUtcNow());
    private string? _lastError;

    /// <summary>The latest status read.</summary>
    public ClusterStatus Current => Volatile.Read(ref _current);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollEvery, clock);
        do
        {
            var next = await ReadAsync(stoppingToken);
            var previous = Current;
            Volatile.Write(ref _current, next);
            if (next.SameAs(previous))
            {
                continue;
            }

            log.LogInformation("Cluster {State}: {Count} active silo(s)", next.Connected ? "reachable" : "unreachable", next.Silos.Count);
            try
            {
                await hub.Clients.Group(Group).Cluster(next);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Could not push the cluster status to its screens");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<ClusterStatus> ReadAsync(CancellationToken stoppingToken)
    {
        if (!connector.Connected.IsCompletedSuccessfully)
        {
            return new ClusterStatus(false, [], clock.GetUtcNow());
        }

        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0)
                .GetDetailedHosts(onlyActive: true, stoppingToken)
                .WaitAsync(options.Value.Timeout, stoppingToken);
            IReadOnlyList<SiloInfo> silos = [.. hosts
                .Select(h => new SiloInfo(
                    h.SiloAddress.Endpoint.ToString(),
                    h.SiloName,
                    h.Status.ToString(),
                    new DateTimeOffset(DateTime.SpecifyKind(h.StartTime, DateTimeKind.Utc))))
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.Address, StringComparer.Ordinal)];
            _lastError = null;
            return new ClusterStatus(true, silos, clock.GetUtcNow());
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The same failure repeats every poll: say it once, then only at debug level.
            if (ex.Message != _lastError)
            {
                _lastError = ex.Message;
                log.LogWarning("The cluster does not answer: {Reason}", ex.Message);
            }
            else
            {
                log.LogDebug(ex, "The cluster still does not answer");
            }

            return new ClusterStatus(false, [], clock.GetUtcNow());
        }
    }
}

/// <summary>Registers the cluster monitor.</summary>
public static class ClusterMonitorSetup
{
    public static WebApplicationBuilder AddClusterMonitor(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterMonitorOptions>().BindConfiguration("ClusterMonitor").Checked(o => o.Problem());
        builder.Services.AddSingleton<ClusterMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterMonitor>());
        return builder;
    }
}
