using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>
/// Logs what goes wrong in hub calls, once and at the right level: a refusal
/// (<see cref="HubException"/>: bad scope, unknown estate, cluster away) is routine for a wall
/// screen that retries, so it is logged briefly; anything else is a fault, logged with its stack.
/// SignalR's own per-failure error log is silenced in <c>SerilogSetup</c> in favour of this one.
/// </summary>
public sealed class LiveHubErrors(ILogger<LiveHubErrors> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException ex)
        {
            log.LogInformation("{Method} refused for connection {ConnectionId}: {Reason}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "{Method} failed for connection {ConnectionId}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
            throw;
        }
    }
}
