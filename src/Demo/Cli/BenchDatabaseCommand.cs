using System.CommandLine;
using Anju.Demo.Benchmark;

namespace Anju.Demo.Cli;

/// <summary><c>bench-db</c>: PostgreSQL's own commit and row rates from this machine, the limit the other figures are read against.</summary>
public static class BenchDatabaseCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--database")
        {
            Description = "Npgsql connection string of a role that may create a table (the owner: bash deploy/postgres/local.sh url).",
            Required = true,
        };
        var seconds = new Option<int>("--seconds") { Description = "Seconds per measured shape.", DefaultValueFactory = _ => 15 };
        seconds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 600)
            {
                r.AddError("--seconds must be between 1 and 600.");
            }
        });
        var command = new Command("bench-db", "Measure PostgreSQL's single-row upsert commits/s at 1, 8 and 64 clients and rows/s with 50, 200 and 500 rows per commit (a scratch table, created and dropped).")
        {
            database, seconds,
        };
        command.SetAction(async (parse, ct) =>
            await new BenchDatabase(parse.GetRequiredValue(database), TimeSpan.FromSeconds(parse.GetValue(seconds)), Console.Out).RunAsync(ct));
        return command;
    }
}
