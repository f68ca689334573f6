using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.Seeding;

namespace Anju.Demo.Cli;

/// <summary><c>seed</c>: registers estates and dwellings and brings them to a realistic occupancy mix.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var estates = DemoCli.Positive(new Option<int>("--estates") { Description = "Number of estates.", DefaultValueFactory = _ => 12 });
        var dwellings = DemoCli.Positive(new Option<int>("--dwellings-per-estate") { Description = "Dwellings per estate.", DefaultValueFactory = _ => 120 });
        var parallelism = DemoCli.Positive(new Option<int>("--parallelism") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 16 });
        var force = new Option<bool>("--force") { Description = "Seed even when the first estate exists (completes an interrupted seed)." };
        var seed = DemoCli.SeedOption();
        var api = DemoCli.ApiOption();

        var command = new Command("seed", "Register demo estates and dwellings with a realistic occupancy mix; skipped when already seeded.")
        {
            estates, dwellings, seed, api, parallelism, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SeedOptions(
                parse.GetValue(estates), parse.GetValue(dwellings), parse.GetValue(seed), parse.GetValue(parallelism), parse.GetValue(force));
            using var client = new AnjuApi(parse.GetRequiredValue(api), options.Parallelism);
            return await new Seeder(client, options).RunAsync(ct);
        });
        return command;
    }
}
