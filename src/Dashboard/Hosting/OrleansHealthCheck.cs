using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Anju.Dashboard.Hosting;

/// <summary>/health is healthy only when the cluster answers this client and has an active silo.</summary>
public sealed class OrleansHealthCheck(IGrainFactory grains, ClusterConnector connector) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!connector.Connected.IsCompletedSuccessfully)
        {
            return HealthCheckResult.Unhealthy("Not connected to the Orleans cluster yet.");
        }

        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(Timeout, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message, not the exception: a probe every few seconds must not print a stack trace each time.
            return HealthCheckResult.Unhealthy($"The Orleans cluster does not answer: {ex.Message}");
        }
    }
}

/// <summary>Registers the cluster health check.</summary>
public static class OrleansHealthSetup
{
    public static WebApplicationBuilder AddOrleansHealth(this WebApplicationBuilder builder)
    {
        Anju.Hosting.HealthEndpoints.AddCityFiguresCheck(builder.Services.AddHealthChecks().AddCheck<OrleansHealthCheck>("orleans", tags: [Anju.Hosting.HealthEndpoints.Ready]));
        return builder;
    }
}
