using System.CommandLine;
using Anju.Demo.Api;

namespace Anju.Demo.Cli;

/// <summary>
/// How a command that calls the API signs in: by default as the demo accounts listed in the file the silo's
/// <c>demo-users</c> command writes (deploy/run.sh does), or, for the data work, as an account named by
/// <c>--user</c> with <c>--password</c> and <c>--totp-key</c> (or ANJU_USER, ANJU_PASSWORD, ANJU_TOTP_KEY, which keep
/// the password out of the process list). Administration and screens use demo-admin and demo-city from the file when
/// it lists them, else the <c>--user</c> account.
/// </summary>
public sealed class SignInOptions
{
    public const string DefaultFile = ".data/demo-users.json";

    private const string ExplicitRemedy = "Check --user, --password and --totp-key (or ANJU_USER, ANJU_PASSWORD, ANJU_TOTP_KEY).";

    private readonly Option<FileInfo> _file = new("--credentials")
    {
        Description = "The demo accounts file written by the silo's `demo-users` command (deploy/run.sh runs it): demo-driver does the data work, "
            + "demo-admin makes ingest keys and reads diagnostics, demo-city watches screens (default: ANJU_CREDENTIALS or " + DefaultFile + ").",
        DefaultValueFactory = _ => new FileInfo(Environment.GetEnvironmentVariable("ANJU_CREDENTIALS") is { Length: > 0 } path ? path : DefaultFile),
    };

    private readonly Option<string?> _user = new("--user")
    {
        Description = "Do the data work as this account instead of demo-driver (default: ANJU_USER).",
        DefaultValueFactory = _ => FromEnvironment("ANJU_USER"),
    };

    private readonly Option<string?> _password = new("--password")
    {
        Description = "Password of --user (default: ANJU_PASSWORD, else the credentials file's).",
        DefaultValueFactory = _ => FromEnvironment("ANJU_PASSWORD"),
    };

    private readonly Option<string?> _totpKey = new("--totp-key")
    {
        Description = "Base32 authenticator key of --user, for an account that signs in with two factors (default: ANJU_TOTP_KEY, else the credentials file's).",
        DefaultValueFactory = _ => FromEnvironment("ANJU_TOTP_KEY"),
    };

    /// <summary>Adds the sign-in options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_file);
        command.Options.Add(_user);
        command.Options.Add(_password);
        command.Options.Add(_totpKey);
    }

    /// <summary>Runs <paramref name="work"/> as the accounts the options name; a refused sign-in (now or later in the run)
    /// ends the command with the message saying which account failed and how to fix it.</summary>
    public async Task<int> RunAsync(ParseResult parse, Uri api, Func<DemoAccounts, Task<int>> work)
    {
        try
        {
            using var accounts = Accounts(parse, api);
            return await work(accounts);
        }
        catch (ApiSignInException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return ExitCodes.SignInRefused;
        }
    }

    /// <summary>The accounts for the parsed options; throws <see cref="ApiSignInException"/> when there is nothing to sign in with.</summary>
    public DemoAccounts Accounts(ParseResult parse, Uri api)
    {
        var file = parse.GetRequiredValue(_file);
        var (user, password, totpKey) = (parse.GetValue(_user), parse.GetValue(_password), parse.GetValue(_totpKey));
        var listed = DemoUsersFile.Read(file,
            $"The password and key come from {file.FullName}, and each `demo-users` run gives new ones (or this is another database): run deploy/run.sh, "
            + $"or `dotnet run --project src/Silo -- demo-users {file.FullName}` with the silo's connection string, to make the demo accounts again; or pass --user, --password and --totp-key.");
        ApiCredentials data;
        if (user is { Length: > 0 })
        {
            data = password is { Length: > 0 } ? new ApiCredentials(user, password, totpKey, ExplicitRemedy)
                : listed.TryGetValue(user, out var fromFile) ? fromFile with { TotpKey = totpKey ?? fromFile.TotpKey }
                : throw new ApiSignInException($"No password for {user}: give --password (or ANJU_PASSWORD), or a --credentials file that lists {user}.");
        }
        else if (password is not null || totpKey is not null)
        {
            throw new ApiSignInException("--password and --totp-key (ANJU_PASSWORD, ANJU_TOTP_KEY) go with --user (ANJU_USER): name the account they sign in.");
        }
        else
        {
            data = listed.GetValueOrDefault(DemoAccounts.DriverUser) ?? throw new ApiSignInException(
                $"Nothing to sign in with: {file.FullName} {(file.Exists ? $"does not list {DemoAccounts.DriverUser}" : "does not exist")}. "
                + $"deploy/run.sh writes it; or run `dotnet run --project src/Silo -- demo-users {file.FullName}` with the silo's connection string, "
                + "or pass --user, --password and --totp-key (or ANJU_USER, ANJU_PASSWORD, ANJU_TOTP_KEY).");
        }

        return new DemoAccounts(api, data,
            listed.GetValueOrDefault(DemoAccounts.AdminUser) ?? data, listed.GetValueOrDefault(DemoAccounts.ScreensUser) ?? data,
            listed.GetValueOrDefault(DemoAccounts.CompanyUser), listed.GetValueOrDefault(DemoAccounts.GridStaffUser), listed.GetValueOrDefault(DemoAccounts.AgencyUser));
    }

    private static string? FromEnvironment(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
