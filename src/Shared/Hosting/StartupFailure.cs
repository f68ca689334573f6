using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Anju.Hosting;

/// <summary>
/// Starts a host so that what commonly stops it at start (a missing connection string, a bad value, a port in use,
/// the database unreachable) ends the process with ONE line on stderr naming the setting, and an exit code per kind
/// (docs/configuration.md), instead of a stack trace an operator has to read. Anything else at start, and every
/// failure once the host runs, keeps its full exception. One file, compiled into the silo and the dashboard.
/// </summary>
public static partial class StartupFailure
{
    /// <summary>A setting is missing or invalid (sysexits' EX_CONFIG): fix the configuration, restarting will not help.</summary>
    public const int Configuration = 78;

    /// <summary>The host cannot listen where it is told to (the port is in use, the address is not this machine's).</summary>
    public const int CannotListen = 69;

    /// <summary>PostgreSQL did not answer (sysexits' EX_TEMPFAIL): a restart once it is up will succeed.</summary>
    public const int DatabaseUnreachable = 75;

    /// <summary>What a start-up failure is, or null when it is none of the kinds above.</summary>
    public sealed record Failure(int ExitCode, string Message);

    /// <summary>Runs the host: builds it, runs <paramref name="command"/> (a one-off command's exit code ends the process
    /// there), starts it and waits for shutdown. Returns the process's exit code.</summary>
    public static async Task<int> RunAsync(string host, Func<Task<WebApplication?>> build, Func<WebApplication, Task<int?>>? command = null)
    {
        WebApplication? app = null;
        try
        {
            app = await build();
            if (app is null)
            {
                return 0;
            }

            if (command is not null && await command(app) is { } exitCode)
            {
                return exitCode;
            }

            // The options marked ValidateOnStart, checked before the host starts (it checks them again, cheaply): a bad
            // value is reported here, before anything is logged about starting.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync();
        }
        catch (Exception ex) when (Explain(ex) is { } failure)
        {
            // What started before the failure stops (a silo whose HTTP port is taken has joined its cluster already:
            // it leaves the membership table instead of being found dead by the others later).
            var stopped = app is null ? null : await StopAsync(app);
            await Console.Error.WriteLineAsync($"{host}: {failure.Message}{stopped}");
            return failure.ExitCode;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    private static async Task<string?> StopAsync(WebApplication app)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await app.StopAsync(limit.Token);
            return null;
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or AggregateException)
        {
            return $" (and it did not stop cleanly: {ex.GetType().Name}: {ex.Message})"; // said on the same line, not dropped
        }
    }

    /// <summary>Runs first on the builder: the generic host logs a failed start with its stack trace ("Hosting failed to
    /// start") and then throws the same exception, which <see cref="RunAsync"/> reports in one line (or, unrecognised,
    /// the runtime prints in full). So that category logs only from Fatal up by default; the critical line of a
    /// background service that stops the host is still logged, and configuration may lower the level again.</summary>
    public static void Prepare(WebApplicationBuilder builder)
    {
        IConfigurationBuilder configuration = builder.Configuration;
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Override:Microsoft.Extensions.Hosting.Internal.Host"] = "Fatal" },
        });
    }

    /// <summary>The kind and the one-line message of <paramref name="exception"/>, or null when it is not a start-up
    /// failure this class knows.</summary>
    public static Failure? Explain(Exception exception)
    {
        foreach (var ex in Chain(exception))
        {
            switch (ex)
            {
                case InvalidSettingException setting:
                    return new(Configuration, $"configuration: {setting.Message}");
                case OptionsValidationException options:
                    return new(Configuration, $"configuration: {string.Join("; ", options.Failures)}");
                case AggregateException { InnerExceptions: var all } when all.Count > 0 && all.All(e => e is OptionsValidationException):
                    return new(Configuration, $"configuration: {string.Join("; ", all.SelectMany(e => ((OptionsValidationException)e).Failures))}");
                case InvalidOperationException when ConvertFailed().Match(ex.Message) is { Success: true } m:
                    return new(Configuration, $"configuration: {m.Groups["path"].Value}: '{m.Groups["value"].Value}' is not {Kind(m.Groups["type"].Value)}");
                case FormatException when ex.Message.StartsWith("Invalid url", StringComparison.Ordinal):
                    return new(Configuration, $"configuration: urls: {ex.Message} (setting: urls / ASPNETCORE_URLS, e.g. http://127.0.0.1:5080)");
                case PostgresException pg when pg.SqlState.StartsWith("28", StringComparison.Ordinal) || pg.SqlState == PostgresErrorCodes.InvalidCatalogName:
                    return new(Configuration, $"configuration: ConnectionStrings:Anju (or ConnectionStrings:AnjuMigrations): the database refused it: {pg.MessageText}");
                case NpgsqlException npgsql when npgsql is not PostgresException && npgsql.InnerException is SocketException or TimeoutException or IOException:
                    return new(DatabaseUnreachable, $"cannot reach the database: {npgsql.Message} (setting: ConnectionStrings:Anju, or ConnectionStrings:AnjuMigrations for the schema)");
                case IOException io when Listening(io) is { } failure:
                    return failure;
                case SocketException socket when Refusal(socket.SocketErrorCode) is { } why:
                    return new(CannotListen, $"cannot listen on a cluster port: {why} (setting: Orleans:SiloPort / Orleans:GatewayPort)");
            }
        }

        return null;
    }

    private static Failure? Listening(IOException io)
    {
        // Kestrel: "Failed to bind to address http://127.0.0.1:5080: address already in use."
        var bind = BindFailed().Match(io.Message);
        var socket = Chain(io).OfType<SocketException>().FirstOrDefault();
        var why = socket is null ? null : Refusal(socket.SocketErrorCode);
        why ??= io.Message.Contains("already in use", StringComparison.OrdinalIgnoreCase) ? "the port is in use" : null;
        return bind.Success && why is not null
            ? new(CannotListen, $"cannot listen on {bind.Groups["address"].Value}: {why} (setting: urls / ASPNETCORE_URLS)")
            : null;
    }

    private static string? Refusal(SocketError error) => error switch
    {
        SocketError.AddressAlreadyInUse => "the port is in use",
        SocketError.AddressNotAvailable => "the address is not this machine's",
        SocketError.AccessDenied => "permission denied (ports below 1024 need privileges)",
        _ => null,
    };

    private static string Kind(string type) => type switch
    {
        "System.TimeSpan" => "a duration (hh:mm:ss, or d.hh:mm:ss)",
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.Double" or "System.Decimal" or "System.Single" => "a number (use a dot for decimals)",
        "System.Boolean" => "true or false",
        "System.Uri" => "an absolute address (http://host:port/)",
        _ when EnumNames(type) is { } names => $"one of {names}",
        _ => $"a {type.Split('.')[^1]}",
    };

    private static string? EnumNames(string type) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(type)).FirstOrDefault(t => t is { IsEnum: true }) is { } found
            ? string.Join(", ", Enum.GetNames(found))
            : null;

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : ex.InnerException)
        {
            yield return ex;
        }
    }

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex ConvertFailed();

    [GeneratedRegex(@"Failed to bind to address (?<address>\S+?):? ")]
    private static partial Regex BindFailed();
}
