using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Anju.Silo.Hosting;

/// <summary>/health is healthy only when PostgreSQL answers.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
    }
}

/// <summary>Registers the database data source and its health check.</summary>
public static class DatabaseHealthSetup
{
    public static WebApplicationBuilder AddDatabaseHealth(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(Anju.Access.Hosting.ConnectionPools.Bounded(connectionString, Anju.Access.Hosting.ConnectionPools.Shared)));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgres", tags: [Anju.Hosting.HealthEndpoints.Ready]).AddSiloReadiness();
        return builder;
    }
}
