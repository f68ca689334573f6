namespace Anju.Hosting;

/// <summary>
/// Options checked when the host starts: a class says what is wrong with its values in one sentence that names the
/// setting (its <c>Problem()</c>), and a bad value stops the host with that sentence instead of failing the first grain
/// or request that reads it (<c>StartupFailure</c> prints it). Binding runs at the same moment, so a value of the wrong
/// type (<c>soon</c> for a duration) stops the host at start too. Compiled once, into the interfaces assembly every other
/// references: a copy in each assembly gave the silo's OpenAPI document, which reads every assembly's doc comments, the
/// same member twice, and it failed.
/// </summary>
public static class OptionsCheck
{
    /// <summary>Checks the options with <paramref name="problem"/> (null when they are fine) as the host starts.</summary>
    public static Microsoft.Extensions.Options.OptionsBuilder<T> Checked<T>(
        this Microsoft.Extensions.Options.OptionsBuilder<T> options, Func<T, string?> problem)
        where T : class
    {
        options.Services.Add(Microsoft.Extensions.DependencyInjection.ServiceDescriptor
            .Singleton<Microsoft.Extensions.Options.IValidateOptions<T>>(new Check<T>(problem)));
        return Microsoft.Extensions.DependencyInjection.OptionsBuilderExtensions.ValidateOnStart(options);
    }

    /// <summary>Null when <paramref name="value"/> is above zero, else the sentence naming <paramref name="setting"/>.</summary>
    public static string? Positive(string setting, TimeSpan value) =>
        value > TimeSpan.Zero ? null : $"{setting} must be a duration above 0 (hh:mm:ss), not {value}.";

    /// <summary>Null when <paramref name="value"/> lies within the bounds, else the sentence naming <paramref name="setting"/>.</summary>
    public static string? Between(string setting, TimeSpan value, TimeSpan min, TimeSpan max) =>
        value >= min && value <= max ? null : $"{setting} must be between {min} and {max}, not {value}.";

    /// <summary>Null when <paramref name="value"/> lies within the bounds, else the sentence naming <paramref name="setting"/>.</summary>
    public static string? Between(string setting, double value, double min, double max) =>
        value >= min && value <= max ? null
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{setting} must be between {min} and {max}, not {value}.");

    /// <summary>The first problem found, or null.</summary>
    public static string? First(params string?[] problems) => problems.FirstOrDefault(p => p is not null);

    private sealed class Check<T>(Func<T, string?> problem) : Microsoft.Extensions.Options.IValidateOptions<T>
        where T : class
    {
        public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, T options) =>
            problem(options) is { } found
                ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(found)
                : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
    }
}
