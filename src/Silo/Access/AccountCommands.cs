using System.Text.Json;
using Anju.Access;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Identity;

namespace Anju.Silo.Access;

/// <summary>
/// Account commands of the silo's command line, run against the configured database instead of serving:
/// <c>create-admin NAME</c> creates the first administrator with a one-time password (printed once, to be changed at
/// first sign-in); <c>demo-users FILE</c> (re)creates one demo account per role for the demo city and writes their
/// passwords and authenticator keys to FILE for the demo program. Demo accounts are for a demo database only.
/// </summary>
public static class AccountCommands
{
    /// <summary>One demo account: who, which grants, whether it signs in with two factors.</summary>
    public sealed record DemoUser(string UserName, string DisplayName, IReadOnlyList<Grant> Grants);

    /// <summary>What <c>demo-users</c> writes: each account's password and, for two-factor roles, its authenticator key.</summary>
    public sealed record DemoCredential(string UserName, string DisplayName, string Password, string? AuthenticatorKey, IReadOnlyList<string> Grants);

    /// <summary>The demo city's people: one per post, scoped as a real one would be.</summary>
    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("demo-city", "市指揮中心值班員", [new(Role.CityOperator, ScopeKind.City, "")]),
        new("demo-district-th", "天河區指揮中心值班員", [new(Role.DistrictOperator, ScopeKind.District, "TH")]),
        new("demo-street-th", "棠下街道辦", [new(Role.StreetOffice, ScopeKind.Street, "TH/棠下街")]),
        new("demo-security", "安保主管", [new(Role.SecuritySupervisor, ScopeKind.District, "TH")]),
        new("demo-housing", "住房保障辦", [new(Role.HousingOffice, ScopeKind.City, "")]),
        new("demo-civil", "民政專員", [new(Role.CivilAffairs, ScopeKind.District, "TH")]),
        new("demo-grid", "網格員", [new(Role.GridStaff, ScopeKind.Grid, "TH-0001/G01")]),
        new("demo-property", "物業公司", [new(Role.PropertyCompany, ScopeKind.Estate, "TH-0001")]),
        new("demo-agency", "第三方機構", [new(Role.Agency, ScopeKind.Contract, "AG-DEMO-TH")]),
        new("demo-auditor", "審計員", [new(Role.Auditor, ScopeKind.City, "")]),
        new("demo-admin", "系統管理員", [new(Role.Administrator, ScopeKind.City, "")]),
        // The demo program's own account: it seeds the city, rosters guards and drives events like an integration would.
        new("demo-driver", "演示數據程序", [new(Role.HousingOffice, ScopeKind.City, ""), new(Role.SecuritySupervisor, ScopeKind.City, "")]),
    ];

    private static readonly JsonSerializerOptions FileJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Runs the command named by <paramref name="args"/>; null when there is none (serve as usual), else the exit code.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (command is not ("create-admin" or "demo-users"))
        {
            return null;
        }

        var operand = args.SkipWhile(a => a != command).Skip(1).FirstOrDefault(a => !a.StartsWith('-'));
        if (operand is null)
        {
            await Console.Error.WriteLineAsync(command == "create-admin" ? "usage: create-admin NAME" : "usage: demo-users FILE");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
        try
        {
            return command == "create-admin"
                ? await CreateAdminAsync(admin, operand)
                : await DemoUsersAsync(admin, scope.ServiceProvider.GetRequiredService<UserManager<AnjuUser>>(), operand);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Creates the demo accounts, or gives existing ones new passwords, their grants and a new authenticator
    /// key; every change is checked, so the credentials answered are the ones stored (a second run on the same database
    /// once wrote keys the database did not hold: a stale account object lost its update to the concurrency check).</summary>
    public static async Task<IReadOnlyList<DemoCredential>> EnsureDemoUsersAsync(AccountAdmin admin, UserManager<AnjuUser> users)
    {
        var written = new List<DemoCredential>();
        foreach (var demo in DemoUsers)
        {
            var password = AccountAdmin.NewPassword();
            var user = await users.FindByNameAsync(demo.UserName);
            if (user is null)
            {
                await admin.CreateAsync(demo.UserName, demo.DisplayName, demo.Grants, "demo-users", password);
            }
            else
            {
                Must(await users.RemovePasswordAsync(user), demo.UserName);
                Must(await users.AddPasswordAsync(user, password), demo.UserName);
                user.MustChangePassword = false;
                user.Disabled = false;
                user.LockoutEnd = null;
                user.AccessFailedCount = 0;
                Must(await users.UpdateAsync(user), demo.UserName);
                await admin.ReplaceGrantsAsync(demo.UserName, demo.Grants, "demo-users");
            }

            // Read again: the grant change above saved the account through another object.
            user = await users.FindByNameAsync(demo.UserName) ?? throw new InvalidOperationException($"{demo.UserName} was not stored.");
            string? key = null;
            if (demo.Grants.Any(g => RolePermissions.NeedsTwoFactor(g.Role)))
            {
                Must(await users.ResetAuthenticatorKeyAsync(user), demo.UserName);
                key = await users.GetAuthenticatorKeyAsync(user);
                Must(await users.SetTwoFactorEnabledAsync(user, true), demo.UserName);
            }

            written.Add(new DemoCredential(demo.UserName, demo.DisplayName, password, key, [.. demo.Grants.Select(g => g.ToString())]));
        }

        return written;
    }

    private static void Must(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{userName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static async Task<int> CreateAdminAsync(AccountAdmin admin, string userName)
    {
        try
        {
            var password = await admin.CreateAsync(userName, "Administrator", [new Grant(Role.Administrator, ScopeKind.City, "")], "create-admin");
            Console.WriteLine($"Administrator {userName} created. One-time password (shown once; change it at first sign-in, then enrol an authenticator):");
            Console.WriteLine(password);
            return 0;
        }
        catch (Exception ex) when (ex is Errors.ConflictException or Errors.ValidationException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> DemoUsersAsync(AccountAdmin admin, UserManager<AnjuUser> users, string file)
    {
        var written = await EnsureDemoUsersAsync(admin, users);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(written, FileJson));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Console.WriteLine($"DEMO ONLY: {written.Count} demo accounts, passwords and authenticator keys in {file}:");
        foreach (var c in written)
        {
            Console.WriteLine($"  {c.UserName,-18} {c.Password}  {(c.AuthenticatorKey is null ? "" : $"TOTP key {c.AuthenticatorKey}")}  ({string.Join(", ", c.Grants)})");
        }

        return 0;
    }
}
