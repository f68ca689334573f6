using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Anju.Access;
using Anju.Access.Hosting;
using Anju.Access.Identity;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Tests.Access;

/// <summary>Sign-in through the city's unified identity: the provider proves who someone is, and only a subject an
/// administrator linked to an Anju account gets a session, with that account's grants and two-factor rule.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CityIdentityTests(SiloFixture fixture)
{
    private static readonly CityIdentityOptions Options = new() { Authority = "https://id.example.gov.cn", ClientId = "anju" };

    private readonly RunningSilo _silo = fixture.Silo;

    [Fact]
    public async Task Only_a_linked_enabled_account_signs_in_and_its_grants_and_second_factor_rule_apply()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "oid-housing", [new Grant(Role.HousingOffice, ScopeKind.City, "")]);
        var services = new ServiceCollection().AddLogging().AddAnjuAccess(new ConfigurationBuilder().Build(), _silo.ConnectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        static ClaimsPrincipal External(string sub, bool mfa) => new(new ClaimsIdentity(
            mfa ? [new Claim("sub", sub), new Claim("amr", "mfa")] : [new Claim("sub", sub), new Claim("amr", "pwd")], "oidc"));

        Assert.Null(await CityIdentity.PrincipalForAsync(scope.ServiceProvider, External("440106-0001", mfa: true), Options));

        var linked = await _silo.Admin.PutAsJsonAsync("/api/admin/users/oid-housing/logins/city-id", new { subject = "440106-0001" });
        linked.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict,
            (await _silo.Admin.PutAsJsonAsync($"/api/admin/users/{TestAccounts.Operator}/logins/city-id", new { subject = "440106-0001" })).StatusCode);

        var withMfa = await CityIdentity.PrincipalForAsync(scope.ServiceProvider, External("440106-0001", mfa: true), Options);
        Assert.Equal("oid-housing", withMfa?.Identity?.Name);
        Assert.True(withMfa.IsFullSession());
        Assert.Contains(withMfa.Grants(), g => g.Role == Role.HousingOffice);
        var passwordOnly = await CityIdentity.PrincipalForAsync(scope.ServiceProvider, External("440106-0001", mfa: false), Options);
        Assert.False(passwordOnly.IsFullSession()); // the housing office reads personal data: two factors

        (await _silo.Admin.PostAsync("/api/admin/users/oid-housing/disable", null)).EnsureSuccessStatusCode();
        Assert.Null(await CityIdentity.PrincipalForAsync(scope.ServiceProvider, External("440106-0001", mfa: true), Options));
    }

    [Fact]
    public void It_is_off_unless_configured()
    {
        Assert.False(CityIdentity.Options(new ConfigurationBuilder().Build()).Enabled);
        var on = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Access:Oidc:Authority"] = "https://id.example.gov.cn", ["Access:Oidc:ClientId"] = "anju",
        }).Build();
        Assert.True(CityIdentity.Options(on).Enabled);
    }
}
