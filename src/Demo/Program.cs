using System.CommandLine;
using Anju.Demo.Cli;

// Demo data and load for Anju, through the silo's public HTTP API only.
var root = new RootCommand("Anju demo: seed Guangzhou estates and drive live occupancy events through the HTTP API.")
{
    SeedCommand.Create(),   // deterministic estates, dwellings and an occupancy mix
    DriveCommand.Create(),  // a paced stream of lifecycle events (also a benchmark load)
};

return await root.Parse(args).InvokeAsync(DemoCli.Invocation);
