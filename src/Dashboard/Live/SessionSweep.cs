using Anju.Access.Hosting;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Live;

/// <summary>
/// A hub connection outlives the request that opened it, so the per-request session check cannot end it. This sweep
/// asks the same question of every open connection every <see cref="AccessOptions.SessionCheckEvery"/>: is its
/// session still the account's (not disabled, password, authenticator and grants unchanged)? One that is not is
/// closed; the screen's reconnect then meets 401 and goes to the sign-in page.
/// </summary>
public sealed class SessionSweep(
    HubConnections connections, SessionStamps stamps, IServiceScopeFactory scopes, IOptions<AccessOptions> options, ILogger<SessionSweep> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SessionCheckEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment; the next sweep asks again.
                log.LogWarning(ex, "Could not check the sessions of {Count} screen connections", connections.Count);
            }
        }
    }

    /// <summary>Closes every open connection whose session has ended; returns how many.</summary>
    public async Task<int> SweepAsync()
    {
        var closed = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var connection in connections.Open)
        {
            var current = connection.User is { } user && await stamps.IsCurrentAsync(user, scope.ServiceProvider);
            if (!current && connections.Abort(connection.ConnectionId))
            {
                log.LogInformation("Closed screen connection {ConnectionId} of {User}: the session has ended",
                    connection.ConnectionId, connection.User?.Identity?.Name);
                closed++;
            }
        }

        return closed;
    }
}
