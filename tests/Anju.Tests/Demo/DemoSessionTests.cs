using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Anju.Demo;
using Anju.Demo.Api;
using Anju.Demo.Cli;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Demo;

/// <summary>The demo program signs in like any client: its session renews short-lived tokens on a real silo, signs in
/// again when a refresh is refused, and a refused sign-in says which account failed and how to fix it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoSessionTests(PostgresFixture db)
{
    private Task<RunningSilo> StartAsync(string bearerLifetime, string? refreshLifetime = null) =>
        RunningSilo.StartAsync(db.ConnectionString, $"ses-{Guid.NewGuid():N}"[..16], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Access:BearerLifetime"] = bearerLifetime, ["Access:RefreshLifetime"] = refreshLifetime ?? "12:00:00" }));

    [Fact]
    public async Task A_session_renews_its_token_with_the_refresh_token_before_it_expires_and_keeps_working()
    {
        await using var silo = await StartAsync("00:00:03");
        using var session = DemoSessions.Operator(silo);
        using var api = new AnjuApi(silo.BaseAddress, 8, session);

        Assert.True((await api.ListEstatesAsync(0, 1, CancellationToken.None)).IsSuccess);
        var first = await session.AccessTokenAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        // The first token has expired; requests at once across the expiry share one renewal.
        using (var stale = new HttpClient { BaseAddress = silo.BaseAddress })
        {
            stale.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", first);
            Assert.Equal(HttpStatusCode.Unauthorized, (await stale.GetAsync("api/estates?skip=0&take=1")).StatusCode);
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.ListEstatesAsync(0, 1, CancellationToken.None)));
        Assert.All(answers, a => Assert.True(a.IsSuccess, a.ToString()));
        Assert.Equal((1, 1), (session.SignIns, session.Refreshes));
        Assert.NotEqual(first, await session.AccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_session_whose_refresh_token_has_expired_signs_in_again()
    {
        await using var silo = await StartAsync("00:00:02", refreshLifetime: "00:00:03");
        using var session = DemoSessions.Operator(silo);
        using var api = new AnjuApi(silo.BaseAddress, 2, session);

        Assert.True((await api.ListEstatesAsync(0, 1, CancellationToken.None)).IsSuccess);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var later = await api.ListEstatesAsync(0, 1, CancellationToken.None);

        Assert.True(later.IsSuccess, later.ToString());
        Assert.Equal((2, 0), (session.SignIns, session.Refreshes));
    }

    [Fact]
    public async Task A_wrong_password_in_the_credentials_file_ends_the_command_naming_the_account_and_the_remedy()
    {
        await using var silo = await StartAsync("00:15:00");
        await TestAccounts.EnsureAsync(silo.ConnectionString, DemoAccounts.DriverUser, TestAccounts.OperatorGrants);
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"demo-users-{Guid.NewGuid():N}.json"));
        try
        {
            await WriteCredentialsAsync(file, "Not-The-Password-2026");
            var exit = await SeedCommand.Create().Parse(["--api", silo.BaseAddress.ToString(), "--credentials", file.FullName]).InvokeAsync();
            Assert.Equal(ExitCodes.SignInRefused, exit);

            using (var accounts = Accounts(file, silo.BaseAddress))
            {
                var refused = await Assert.ThrowsAsync<ApiSignInException>(() => accounts.Data.AccessTokenAsync(CancellationToken.None));
                Assert.Contains($"as {DemoAccounts.DriverUser} was refused (401", refused.Message, StringComparison.Ordinal);
                Assert.Contains(file.FullName, refused.Message, StringComparison.Ordinal);
                Assert.Contains("deploy/run.sh", refused.Message, StringComparison.Ordinal);
                Assert.Contains("demo-users", refused.Message, StringComparison.Ordinal);
            }

            // The right password signs in; a file without demo-admin or demo-city leaves those posts to the same account.
            await WriteCredentialsAsync(file, TestAccounts.Password);
            using var fixedAccounts = Accounts(file, silo.BaseAddress);
            Assert.NotEmpty(await fixedAccounts.Data.AccessTokenAsync(CancellationToken.None));
            Assert.Same(fixedAccounts.Data, fixedAccounts.Admin);
            Assert.Same(fixedAccounts.Data, fixedAccounts.Screens);
        }
        finally
        {
            file.Delete();
        }
    }

    [Fact]
    public void Without_a_credentials_file_a_command_says_where_the_demo_accounts_come_from()
    {
        var missing = new FileInfo(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json"));

        var refused = Assert.Throws<ApiSignInException>(() => Accounts(missing, new Uri("http://127.0.0.1:9")));

        Assert.Contains($"{missing.FullName} does not exist", refused.Message, StringComparison.Ordinal);
        Assert.Contains("demo-users", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--user", refused.Message, StringComparison.Ordinal);
    }

    private static DemoAccounts Accounts(FileInfo file, Uri api)
    {
        var command = new Command("probe");
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        return signIn.Accounts(command.Parse(["--credentials", file.FullName]), api);
    }

    /// <summary>A file shaped as the silo's <c>demo-users</c> writes it, listing demo-driver only.</summary>
    private static Task WriteCredentialsAsync(FileInfo file, string password) => File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(new[]
    {
        new { userName = DemoAccounts.DriverUser, displayName = "演示數據程序", password, authenticatorKey = TestAccounts.AuthenticatorKey, grants = new[] { "HousingOffice@city" } },
    }));
}
