using Anju.Access;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Anju.Hosting;

/// <summary>
/// OpenTelemetry for both hosts (docs/observability.md): metrics from ASP.NET Core, Orleans, Npgsql, the .NET runtime and
/// Anju's own meters (<c>Anju.*</c>), scraped in Prometheus format from <see cref="MetricsPath"/> by an administrator;
/// traces of HTTP requests, grain calls and Anju's own activities when <see cref="TelemetryOptions.RecordsTraces"/>;
/// both sent by OTLP when a collector is configured. One file, compiled into the silo and the dashboard.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Where an administrator (or a Prometheus server holding an administrator's token) scrapes metrics.</summary>
    public const string MetricsPath = "/admin/metrics";

    /// <summary>Anju's meters and activity sources: one per area, each named <c>Anju.&lt;area&gt;</c>.</summary>
    public const string AnjuSources = "Anju.*";

    /// <summary>Orleans' meter and the sources of its grain-call activities (<c>AddActivityPropagation</c>).</summary>
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddAnjuTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var options = TelemetryOptions.From(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation()
                    .AddMeter("Microsoft.Orleans", AnjuSources)
                    .AddPrometheusExporter();
                if (options.ExportsOtlp)
                {
                    metrics.AddOtlpExporter(o => Otlp(o, options, "v1/metrics"));
                }
            });
        if (options.RecordsTraces)
        {
            telemetry.WithTracing(tracing =>
            {
                // Probes and scrapes are not what an operator follows.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsHousekeeping(http.Request.Path))
                    .AddNpgsql()
                    .AddSource(OrleansSources).AddSource(AnjuSources);
                if (options.ExportsOtlp)
                {
                    tracing.AddOtlpExporter(o => Otlp(o, options, "v1/traces"));
                }
            });
        }

        return builder;
    }

    /// <summary>Prometheus' text format, for administrators only, as every admin route of the edge; not part of the API's
    /// description.</summary>
    public static IEndpointConventionBuilder MapAnjuMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).Allow(Permission.Administer, ScopeFrom.Anywhere).WithMetadata(new ReadByPrograms())
            .ExcludeFromDescription();

    /// <summary>Health probes and metric scrapes: frequent, and of no interest to a trace or a request log.</summary>
    public static bool IsHousekeeping(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(MetricsPath, StringComparison.Ordinal);

    /// <summary>The configured endpoint wins; without one the exporter reads the standard <c>OTEL_EXPORTER_OTLP_*</c>
    /// variables itself. Over HTTP each signal has its own path, which the exporter adds only to an endpoint it read from
    /// the environment.</summary>
    private static void Otlp(OtlpExporterOptions o, TelemetryOptions options, string signalPath)
    {
        if (options.Otlp.Endpoint is not { } endpoint)
        {
            return;
        }

        if (options.Otlp.Protocol == "grpc")
        {
            o.Protocol = OtlpExportProtocol.Grpc;
            o.Endpoint = endpoint;
        }
        else
        {
            o.Protocol = OtlpExportProtocol.HttpProtobuf;
            o.Endpoint = new Uri(new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/"), signalPath);
        }
    }
}
