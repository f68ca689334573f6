using Anju.Silo;
using Anju.Silo.Access;

var app = await SiloApp.BuildAsync(args);
if (app is null)
{
    return 0;
}

if (await AccountCommands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.RunAsync();
return 0;
