using System.Text.Json;
using Anju.Access;
using Anju.Districts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Anju.Hosting;

/// <summary>
/// The health endpoints both hosts serve, for a process supervisor and a load balancer:
/// <list type="bullet">
/// <item><c>/health/live</c>: the process serves HTTP (no check; a supervisor restarts it when this fails);</item>
/// <item><c>/health/ready</c>: every check tagged <see cref="Ready"/> passes: the screens can be served now (a load
/// balancer sends traffic only then);</item>
/// <item><c>/health</c>: the checks not tagged <see cref="ReadyOnly"/> (the database for a silo, the cluster for a
/// dashboard host), what <c>deploy/run.sh</c> waits on.</item>
/// </list>
/// Each answers a JSON body naming each check and its status, never an exception's detail.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Checks that decide readiness.</summary>
    public const string Ready = "ready";

    /// <summary>Checks that decide readiness only (not <c>/health</c>).</summary>
    public const string ReadyOnly = "ready-only";

    public static IHealthChecksBuilder AddCityFiguresCheck(this IHealthChecksBuilder checks) =>
        checks.AddCheck<CityFiguresCheck>("city-figures", tags: [Ready, ReadyOnly]);

    public static void MapAnjuHealth(this IEndpointRouteBuilder app, string who)
    {
        app.MapHealthChecks("/health", Options(c => !c.Tags.Contains(ReadyOnly)))
            .AllowPublic($"health of the {who} for the process supervisor; names its checks, no detail");
        app.MapHealthChecks("/health/live", Options(_ => false))
            .AllowPublic($"liveness of the {who}: the process serves HTTP");
        app.MapHealthChecks("/health/ready", Options(c => c.Tags.Contains(Ready)))
            .AllowPublic($"readiness of the {who}: the screens can be served now; names its checks, no detail");
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}

/// <summary>Ready only when the city's figures answer within a few seconds: after a restart a host is up long
/// before the rollups it serves have been rebuilt, and a screen sent there meanwhile would wait or see nothing.</summary>
public sealed class CityFiguresCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var city = await grains.GetGrain<ICityGrain>(Keys.City).GetStatusAsync().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy($"{city.Occupancy.Dwellings} dwellings in the city's figures.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The city's figures do not answer yet: {ex.GetType().Name}.");
        }
    }
}
