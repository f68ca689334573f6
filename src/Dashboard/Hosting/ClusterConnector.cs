namespace Anju.Dashboard.Hosting;

/// <summary>
/// Starts the Orleans client in the background. Orleans connects inside its hosted service's
/// <c>StartAsync</c> and keeps retrying there (<see cref="ConnectRetryFilter"/>), which would hold
/// the whole host — web server included — until the cluster answers, and turn a stop request
/// during that wait into a start failure. Run from here instead, the web server listens at once,
/// <c>/health</c> says "unhealthy" until the cluster answers, and stopping is always clean.
/// </summary>
public sealed class ClusterConnector(IReadOnlyList<IHostedService> client, ILogger<ClusterConnector> log) : BackgroundService
{
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the client has joined the cluster (tests await it).</summary>
    public Task Connected => _connected.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var service in client)
            {
                await service.StartAsync(stoppingToken);
            }

            log.LogInformation("Connected to the Orleans cluster");
            _connected.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _connected.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            log.LogCritical(ex, "The Orleans client failed to start");
            _connected.TrySetException(ex);
            throw;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!Connected.IsCompletedSuccessfully)
        {
            return;
        }

        foreach (var service in client.Reverse())
        {
            await service.StopAsync(cancellationToken);
        }
    }
}
