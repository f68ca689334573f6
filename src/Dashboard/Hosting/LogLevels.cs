using Serilog;
using Serilog.Events;

namespace Anju.Dashboard.Hosting;

/// <summary>The dashboard's default log levels (configuration "Serilog" overrides them).</summary>
public static class LogLevels
{
    public static void Defaults(LoggerConfiguration log)
    {
        ArgumentNullException.ThrowIfNull(log);
        // Hub call failures are logged by LiveHubErrors; SignalR would log each one again as an error.
        log.MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogEventLevel.Fatal);
    }
}
