using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Anju.Dashboard.Hosting;

/// <summary>Serilog to the console: plain text for people, compact JSON for machines
/// (<c>--json-logs</c> or <c>Logging:Json=true</c>).</summary>
public static class SerilogSetup
{
    public static WebApplicationBuilder UseAnjuSerilog(this WebApplicationBuilder builder, string[] args)
    {
        var json = args.Contains("--json-logs") || builder.Configuration.GetValue("Logging:Json", false);
        builder.Services.AddSerilog((services, log) =>
        {
            // Defaults for hosts without appsettings.json (tests); configuration "Serilog" overrides them.
            // Hub call failures are logged by LiveHubErrors; SignalR would log each one again as an error.
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogEventLevel.Fatal)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext();
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
