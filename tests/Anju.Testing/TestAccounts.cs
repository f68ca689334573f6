using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Anju.Access;
using Anju.Access.Hosting;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Anju.Testing;

/// <summary>
/// People the tests act as. Accounts are created in the test database through Identity (the same user store the
/// silo uses), each with a known password and authenticator key; clients sign in as any program does, by
/// <c>POST /api/auth/token</c> with the password and a current TOTP code, and carry the bearer token.
/// </summary>
public static class TestAccounts
{
    public const string Password = "Test-Password-2026";

    /// <summary>Every test account's authenticator key (Base32), so a test computes the code its authenticator would show.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>The functional tests' operator: the housing office and security supervision, city-wide.</summary>
    public const string Operator = "test-operator";

    /// <summary>The administrator: accounts, device keys, diagnostics; no data.</summary>
    public const string Admin = "test-admin";

    public static readonly IReadOnlyList<Grant> OperatorGrants =
        [new(Role.HousingOffice, ScopeKind.City, ""), new(Role.SecuritySupervisor, ScopeKind.City, "")];

    public static readonly IReadOnlyList<Grant> AdminGrants = [new(Role.Administrator, ScopeKind.City, "")];

    private static readonly ConcurrentDictionary<string, Lazy<ServiceProvider>> Stores = new(StringComparer.Ordinal);

    /// <summary>The code the account's authenticator shows now.</summary>
    public static string Code() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey)).ComputeTotp();

    /// <summary>Creates the account with these grants, or gives an existing one exactly these grants.</summary>
    public static async Task EnsureAsync(string connectionString, string userName, IReadOnlyList<Grant> grants, bool twoFactor = true)
    {
        using var scope = Store(connectionString).CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AnjuUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new AnjuUser { UserName = userName, DisplayName = $"測試 {userName}", TwoFactorEnabled = twoFactor, AuthenticatorKey = twoFactor ? AuthenticatorKey : null };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded && await users.FindByNameAsync(userName) is null)
            {
                throw new InvalidOperationException($"Could not create {userName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"{userName} vanished.");
        }
        else if (!await users.CheckPasswordAsync(user, Password) || user.Disabled || user.MustChangePassword
            || user.TwoFactorEnabled != twoFactor || (twoFactor && user.AuthenticatorKey != AuthenticatorKey) || user.LockoutEnd is not null)
        {
            // An account another test in this database changed (a demo-users run, a lockout, a disabled account) is put
            // back as the tests know it.
            await users.RemovePasswordAsync(user);
            var restored = await users.AddPasswordAsync(user, Password);
            user.Disabled = false;
            user.MustChangePassword = false;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            user.TwoFactorEnabled = twoFactor;
            user.AuthenticatorKey = twoFactor ? AuthenticatorKey : null;
            var saved = await users.UpdateAsync(user);
            if (!restored.Succeeded || !saved.Succeeded)
            {
                throw new InvalidOperationException($"Could not restore {userName}.");
            }
        }

        await scope.ServiceProvider.GetRequiredService<GrantStore>().ReplaceAsync(user.Id, grants, "tests");
    }

    /// <summary>A client of <paramref name="baseAddress"/> signed in as <paramref name="userName"/> (bearer token).</summary>
    public static async Task<HttpClient> ClientAsync(Uri baseAddress, string userName)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(baseAddress, userName));
        return client;
    }

    /// <summary>A bearer token for the account.</summary>
    public static async Task<string> TokenAsync(Uri baseAddress, string userName)
    {
        using var anonymous = new HttpClient { BaseAddress = baseAddress };
        using var response = await anonymous.PostAsJsonAsync("api/auth/token", new { userName, password = Password, code = Code() });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenAnswer>() ?? throw new InvalidOperationException("No token in the answer.");
        return token.AccessToken;
    }

    private static ServiceProvider Store(string connectionString) => Stores.GetOrAdd(connectionString, cs => new Lazy<ServiceProvider>(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAnjuAccess(new ConfigurationBuilder().Build(), cs);
        return services.BuildServiceProvider();
    })).Value;

    private sealed record TokenAnswer(string AccessToken, string? RefreshToken, long ExpiresIn);
}
