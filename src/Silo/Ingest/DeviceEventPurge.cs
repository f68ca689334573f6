using Microsoft.Extensions.Options;

namespace Anju.Silo.Ingest;

/// <summary>Deletes logged device events older than <see cref="DeviceLogOptions.KeepEventsFor"/> every
/// <see cref="DeviceLogOptions.PurgeEvery"/>, in chunks of 20,000 so no statement holds many locks or runs long.
/// Every silo purges; two doing so at once only share the work. A failed purge is tried again at the next turn.</summary>
public sealed class DeviceEventPurge(DeviceEventLog events, IOptions<DeviceLogOptions> options, TimeProvider clock, ILogger<DeviceEventPurge> log)
    : BackgroundService
{
    private const int Chunk = 20_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeEvery, clock);
        do
        {
            try
            {
                var before = clock.GetUtcNow() - options.Value.KeepEventsFor;
                long purged = 0;
                int deleted;
                do
                {
                    deleted = await events.PurgeAsync(before, Chunk, stoppingToken);
                    purged += deleted;
                }
                while (deleted == Chunk);

                if (purged > 0)
                {
                    log.LogInformation("Device event log: {Count} events received before {Before:u} deleted", purged, before);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Device event log purge failed; trying again in {Every}", options.Value.PurgeEvery);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
