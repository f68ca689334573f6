using System.CommandLine;
using Anju.Demo.Cli;

// Demo data and load for Anju, through the silo's public HTTP API only.
var root = new RootCommand("Anju demo: generate and onboard a Guangzhou of affordable-housing estates, and drive live events through the HTTP API.")
{
    GenerateCommand.Create(),     // a deterministic, lived-in city as an import CSV
    ImportCommand.Create(),       // a CSV file through POST /api/import
    SeedCommand.Create(),         // generate + import, once per database
    DriveCommand.Create(),        // a paced stream of live events (also a benchmark load)
    BenchImportCommand.Create(),  // onboarding time and silo memory for a city
    BenchSecurityCommand.Create(), // camera heartbeats and patrol check-ins: offline detection, CPU, backlog
    BenchFaultsCommand.Create(), // a lift fault storm through the ingest: to the company queue and the wall ticker
    BenchLiveCommand.Create(),    // event-to-screen latency and host CPU under load
    BenchIngestCommand.Create(),  // acknowledged device events/s at 1, 8 and 64 integrations
    BenchDatabaseCommand.Create(), // PostgreSQL's own commit and row rates: the limit the figures are read against
};

return await root.Parse(args).InvokeAsync(DemoCli.Invocation);
