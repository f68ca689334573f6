using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.Benchmark;

namespace Anju.Demo.Cli;

/// <summary><c>bench-import</c>: times the onboarding of a generated city and measures the silo's memory around it.</summary>
public static class BenchImportCommand
{
    public static Command Create()
    {
        var estates = DemoCli.EstatesOption();
        var dwellings = DemoCli.DwellingsOption();
        var seed = DemoCli.SeedOption();
        var asOf = DemoCli.AsOfOption();
        var api = DemoCli.ApiOption();
        var command = new Command("bench-import", "Generate a city, import it, and report import time, dwellings/s and the silo's working set before and after (target: 150,000 dwellings in < 2 min, < 1.5 GB).")
        {
            estates, dwellings, seed, asOf, api,
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
                using var admin = new AnjuApi(parse.GetRequiredValue(api), 1, accounts.Admin);
                return await new BenchImport(client, admin, city).RunAsync(ct);
            });
        });
        return command;
    }
}
