using Serilog;
using Serilog.Formatting.Compact;

namespace Anju.Silo.Hosting;

/// <summary>Serilog to the console: plain text for people, compact JSON for machines
/// (<c>--json-logs</c> or <c>Logging:Json=true</c>).</summary>
public static class SerilogSetup
{
    public static WebApplicationBuilder UseAnjuSerilog(this WebApplicationBuilder builder, string[] args)
    {
        var json = args.Contains("--json-logs") || builder.Configuration.GetValue("Logging:Json", false);
        builder.Services.AddSerilog((services, log) =>
        {
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
