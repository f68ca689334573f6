using Serilog;
using Serilog.Formatting.Compact;

namespace Anju.Hosting;

/// <summary>Serilog to the console: plain text for people, compact JSON for machines
/// (<c>--json-logs</c> or <c>Logging:Json=true</c>). One file, compiled into the silo and the
/// dashboard (which must not reference each other).</summary>
public static class SerilogSetup
{
    /// <param name="builder">The host being built.</param>
    /// <param name="args">Command-line arguments (<c>--json-logs</c>).</param>
    /// <param name="defaults">Levels for hosts started without appsettings.json (tests);
    /// configuration section "Serilog" overrides them.</param>
    public static WebApplicationBuilder UseAnjuSerilog(this WebApplicationBuilder builder, string[] args, Action<LoggerConfiguration>? defaults = null)
    {
        var json = args.Contains("--json-logs") || builder.Configuration.GetValue("Logging:Json", false);
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
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        });
        return builder;
    }
}
