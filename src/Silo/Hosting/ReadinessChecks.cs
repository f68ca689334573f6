using Anju.Hosting;
using Anju.Silo.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Anju.Silo.Hosting;

/// <summary>Ready only once this silo is an active member of its cluster (joined, not shutting down).</summary>
public sealed class ClusterMemberCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Active in cluster {local.ClusterId}.")
            : HealthCheckResult.Unhealthy($"{status} in cluster {local.ClusterId}."));
    }
}

/// <summary>Ready only when the database holds every migration this build ships (a silo of a newer build waits for
/// the schema step of an upgrade instead of serving against an old schema).</summary>
public sealed class SchemaCurrentCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var missing = await SchemaMigrator.MissingAsync(database, SchemaMigrator.DefaultFolder, cancellationToken);
            return missing.Count == 0
                ? HealthCheckResult.Healthy("Every shipped migration is applied.")
                : HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", missing)}.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"The schema could not be read: {ex.GetType().Name}.");
        }
    }
}

/// <summary>Registers the silo's readiness checks beside its database check.</summary>
public static class ReadinessSetup
{
    public static IHealthChecksBuilder AddSiloReadiness(this IHealthChecksBuilder checks) => checks
        .AddCheck<ClusterMemberCheck>("cluster", tags: [HealthEndpoints.Ready, HealthEndpoints.ReadyOnly])
        .AddCheck<SchemaCurrentCheck>("schema", tags: [HealthEndpoints.Ready, HealthEndpoints.ReadyOnly])
        .AddCityFiguresCheck();
}
