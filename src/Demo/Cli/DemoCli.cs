using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.City;

namespace Anju.Demo.Cli;

/// <summary>Options and settings shared by every command.</summary>
public static class DemoCli
{
    /// <summary>Ctrl-C and SIGTERM cancel the command's token; it then has this long to drain and report.</summary>
    public static InvocationConfiguration Invocation { get; } = new() { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };

    public static Option<Uri> ApiOption() => new("--api")
    {
        Description = "Base URL of the silo's HTTP API.",
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:5080"),
        CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : Fail<Uri>(r, "--api must be an absolute http(s) URL."),
    };

    public static Option<int> SeedOption() => Positive(new Option<int>("--seed")
    {
        Description = "Seed of System.Random: the same seed gives the same data and the same choices.",
        DefaultValueFactory = _ => 2014,
    });

    /// <summary><c>--batch-ms</c>: gather the dwelling commands sent within this many milliseconds into one
    /// <c>POST /api/dwellings/commands</c> (0: one request per command, through the single endpoints).</summary>
    public static Option<int> BatchMsOption(int defaultMs)
    {
        var option = new Option<int>("--batch-ms")
        {
            Description = "Gather the dwelling commands sent within this many milliseconds into one POST /api/dwellings/commands "
                + "(0: one request per command, as the single endpoints). Latency still counts from each command's own send.",
            DefaultValueFactory = _ => defaultMs,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1000)
            {
                r.AddError("--batch-ms must be between 0 and 1000.");
            }
        });
        return option;
    }

    /// <summary>Runs <paramref name="run"/> with the client's dwelling commands batched when <paramref name="batchMs"/> is
    /// above 0; says afterwards how many requests they took.</summary>
    public static async Task<int> WithBatchingAsync(AnjuApi client, int batchMs, Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(run);
        if (batchMs == 0)
        {
            return await run();
        }

        await using var batcher = new DwellingCommandBatcher(client, TimeSpan.FromMilliseconds(batchMs));
        client.Batcher = batcher;
        var exit = await run();
        Console.WriteLine($"  batching       dwelling commands gathered for up to {batchMs} ms into {batcher.Batches} requests (POST /api/dwellings/commands)");
        return exit;
    }

    /// <summary><c>--estates</c>; its default comes from <c>ANJU_DEMO_ESTATES</c> when set (so <c>deploy/run.sh</c> can keep calling plain <c>seed</c>).</summary>
    public static Option<int> EstatesOption() => Positive(new Option<int>("--estates")
    {
        Description = "Number of estates (default: ANJU_DEMO_ESTATES or 100).",
        DefaultValueFactory = _ => FromEnvironment("ANJU_DEMO_ESTATES", CityOptions.DefaultEstates),
    });

    /// <summary><c>--dwellings</c>, spread over the estates; default from <c>ANJU_DEMO_DWELLINGS</c> when set.</summary>
    public static Option<int> DwellingsOption() => Positive(new Option<int>("--dwellings")
    {
        Description = "Number of dwellings in all, spread over the estates (default: ANJU_DEMO_DWELLINGS or 150000).",
        DefaultValueFactory = _ => FromEnvironment("ANJU_DEMO_DWELLINGS", CityOptions.DefaultDwellings),
    });

    /// <summary><c>--as-of</c>: the day review dates count back from (default today, UTC).</summary>
    public static Option<DateOnly> AsOfOption() => new("--as-of")
    {
        Description = "The day the city is generated as of (yyyy-MM-dd, default today UTC); review dates count back from it.",
        DefaultValueFactory = _ => DateOnly.FromDateTime(DateTime.UtcNow),
        CustomParser = r => DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : Fail<DateOnly>(r, "--as-of must be a date, yyyy-MM-dd."),
    };

    /// <summary>The city the estate, dwelling, seed and as-of options describe; null (with a message) when they cannot fit.</summary>
    public static CityOptions? CityOf(int estates, int dwellings, int seed, DateOnly asOf)
    {
        if (dwellings < estates)
        {
            Console.Error.WriteLine("--dwellings must be at least --estates: every estate needs a dwelling.");
            return null;
        }

        return new CityOptions(estates, dwellings, seed, asOf);
    }

    /// <summary>Adds a validator that refuses values below 1.</summary>
    public static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
