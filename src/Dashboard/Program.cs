using Anju.Dashboard;
using Anju.Hosting;

// A bad setting or a port in use at start ends the process with one line naming the setting and an exit code per kind
// (docs/configuration.md); StartupFailure runs the host.
return await StartupFailure.RunAsync("anju-dashboard",
    () => Task.FromResult<WebApplication?>(DashboardApp.Build(args, StartupFailure.Prepare)));

/// <summary>The entry point; public so test hosts can name this assembly.</summary>
public partial class Program;
