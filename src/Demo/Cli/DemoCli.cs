using System.CommandLine;

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

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
