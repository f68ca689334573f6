using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.Seeding;

namespace Anju.Demo.Cli;

/// <summary><c>seed</c>: onboards a generated, lived-in demo city through <c>POST /api/import</c>, once.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var estates = DemoCli.EstatesOption();
        var dwellings = DemoCli.DwellingsOption();
        var seed = DemoCli.SeedOption();
        var asOf = DemoCli.AsOfOption();
        var force = new Option<bool>("--force") { Description = "Import even when the first estate exists (completes an interrupted seed; harmless otherwise)." };
        var api = DemoCli.ApiOption();

        var command = new Command("seed", "Onboard a lived-in demo city (default 100 estates, 150,000 dwellings) in one import; skipped when already seeded.")
        {
            estates, dwellings, seed, asOf, api, force,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (DemoCli.CityOf(parse.GetValue(estates), parse.GetValue(dwellings), parse.GetValue(seed), parse.GetValue(asOf)) is not { } city)
            {
                return ExitCodes.Failed;
            }

            return await signIn.RunAsync(parse, parse.GetRequiredValue(api), async accounts =>
            {
                using var client = new AnjuApi(parse.GetRequiredValue(api), 4, accounts.Data);
                return await new Seeder(client, new SeedOptions(city, parse.GetValue(force))).RunAsync(ct);
            });
        });
        return command;
    }
}
