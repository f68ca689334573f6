using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Anju.Hosting;

/// <summary>Serilog to the console: plain text for people, compact JSON for machines
/// (<c>--json-logs</c> or <c>Logging:Json=true</c>), and compact JSON to rolling files when <c>Logging:File:Path</c> is
/// set. Every line written inside a traced operation (an HTTP request, a grain call) carries its trace id: <c>@tr</c> in
/// JSON, after the message in text, so a log line leads to its trace and back. One file, compiled into the silo and the
/// dashboard (which must not reference each other).</summary>
public static class SerilogSetup
{
    /// <summary>The text line: time, level, source, message, then the trace id when there is one.</summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}";

    /// <param name="builder">The host being built.</param>
    /// <param name="args">Command-line arguments (<c>--json-logs</c>).</param>
    /// <param name="defaults">Levels for hosts started without appsettings.json (tests);
    /// configuration section "Serilog" overrides them.</param>
    public static WebApplicationBuilder UseAnjuSerilog(this WebApplicationBuilder builder, string[] args, Action<LoggerConfiguration>? defaults = null)
    {
        var json = args.Contains("--json-logs") || builder.Configuration.GetValue("Logging:Json", false);
        var file = LogFileOptions.From(builder.Configuration);
        builder.Services.AddSerilog((services, log) =>
        {
            defaults?.Invoke(log);
            log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (json)
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                log.WriteTo.Console(outputTemplate: TextTemplate);
            }

            if (file.Path is { } path)
            {
                log.WriteTo.File(new RenderedCompactJsonFormatter(), path, rollingInterval: file.RollingInterval,
                    fileSizeLimitBytes: file.FileSizeLimitBytes, rollOnFileSizeLimit: true, retainedFileCountLimit: file.RetainedFiles);
            }
        });
        return builder;
    }

    /// <summary>One line per HTTP request (method, path, status, time taken, trace id). Probes and metric scrapes are
    /// logged at Debug; a server error at Error.</summary>
    public static WebApplication UseAnjuRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, ex) =>
            ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
            : TelemetrySetup.IsHousekeeping(http.Request.Path) ? LogEventLevel.Debug
            : LogEventLevel.Information);
        return app;
    }
}

/// <summary>JSON logs to rolling files (configuration section "Logging:File"); off unless <see cref="Path"/> is set.</summary>
public sealed class LogFileOptions
{
    /// <summary>The file, e.g. <c>/var/log/anju/silo-.json</c>: the date goes before the extension.</summary>
    public string? Path { get; set; }

    /// <summary>A new file every day (or <c>Hour</c>, <c>Month</c>, <c>Infinite</c>).</summary>
    public RollingInterval RollingInterval { get; set; } = RollingInterval.Day;

    /// <summary>A file that reaches this size rolls over early.</summary>
    public long FileSizeLimitBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Older files beyond this many are deleted.</summary>
    public int RetainedFiles { get; set; } = 14;

    public static LogFileOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection("Logging:File").Get<LogFileOptions>() ?? new LogFileOptions();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            options.Path = null;
        }

        if (options.FileSizeLimitBytes < 1024 || options.RetainedFiles < 1)
        {
            throw new InvalidOperationException("Logging:File:FileSizeLimitBytes must be at least 1024 and Logging:File:RetainedFiles at least 1.");
        }

        return options;
    }
}
