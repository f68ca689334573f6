using Anju.Hosting;
using Anju.Silo;
using Anju.Silo.Access;

// A bad setting, a port in use or the database unreachable at start ends the process with one line naming the setting
// and an exit code per kind (docs/configuration.md); StartupFailure runs the host.
return await StartupFailure.RunAsync("anju-silo",
    () => SiloApp.BuildAsync(args, StartupFailure.Prepare),
    app => AccountCommands.TryRunAsync(app, args));
