using System.CommandLine;
using System.Diagnostics;
using Anju.Demo.City;

namespace Anju.Demo.Cli;

/// <summary><c>generate</c>: writes a demo city as the onboarding CSV of <c>POST /api/import</c>.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var estates = DemoCli.EstatesOption();
        var dwellings = DemoCli.DwellingsOption();
        var seed = DemoCli.SeedOption();
        var asOf = DemoCli.AsOfOption();
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", DefaultValueFactory = _ => new FileInfo("city.csv") };
        var command = new Command("generate", "Write a lived-in demo city (estates, zones, grids, buildings, dwellings, households) as an import CSV; the same seed gives the same file.")
        {
            estates, dwellings, seed, asOf, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (DemoCli.CityOf(parse.GetValue(estates), parse.GetValue(dwellings), parse.GetValue(seed), parse.GetValue(asOf)) is not { } city)
            {
                return ExitCodes.Failed;
            }

            var file = parse.GetRequiredValue(output);
            var clock = Stopwatch.StartNew();
            CityStats stats;
            await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                stats = await CityCsv.WriteAsync(stream, CityGenerator.Rows(city), ct);
            }

            Console.WriteLine($"Wrote {file.FullName}: {stats} in {clock.Elapsed.TotalSeconds:F1} s (seed {city.Seed}, as of {city.AsOf:yyyy-MM-dd}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
