namespace Anju.Hosting;

/// <summary>Metrics and traces (configuration section "Telemetry"); docs/observability.md.</summary>
public sealed class TelemetryOptions
{
    /// <summary>Records traces (HTTP, grain calls, rollups, live sends). On by itself when OTLP export is on; without an
    /// exporter a recorded trace goes nowhere, so it stays off otherwise and costs nothing.</summary>
    public bool Tracing { get; set; }

    /// <summary>Where metrics and traces go by OTLP, besides <c>/admin/metrics</c>.</summary>
    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>OTLP export: on when <see cref="Endpoint"/> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</summary>
    public sealed class OtlpOptions
    {
        /// <summary>The collector, e.g. <c>http://127.0.0.1:4317</c> (gRPC) or <c>http://127.0.0.1:4318</c> with
        /// <see cref="Protocol"/> <c>http/protobuf</c>.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary><c>grpc</c> or <c>http/protobuf</c>.</summary>
        public string Protocol { get; set; } = "grpc";
    }

    /// <summary>True when metrics and traces go out by OTLP (set by <see cref="From"/>).</summary>
    public bool ExportsOtlp { get; private set; }

    /// <summary>True when traces are recorded: asked for, or exported.</summary>
    public bool RecordsTraces => Tracing || ExportsOtlp;

    /// <summary>Reads the section, and says which setting is wrong if one is.</summary>
    public static TelemetryOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Otlp.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Endpoint must be an absolute http or https address, not '{endpoint}'.");
        }

        if (options.Otlp.Protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Protocol must be 'grpc' or 'http/protobuf', not '{options.Otlp.Protocol}'.");
        }

        options.ExportsOtlp = options.Otlp.Endpoint is not null || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        return options;
    }
}
