using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Access;

/// <summary>Limits that hold at the shipped defaults but take time to see: a token that outlives its lifetime, and
/// sign-in attempts beyond the limit per address. This silo runs them shortened.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionLimitTests(PostgresFixture db) : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await RunningSilo.StartAsync(db.ConnectionString, $"lim-{Guid.NewGuid():N}"[..16], builder =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The fixture's own two sign-ins fit inside the limit; the test's attempts then run it out.
            ["Access:Limits:SignInsPerMinute"] = "6",
            ["Access:BearerLifetime"] = "00:00:02",
        }));

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task An_expired_token_is_401_and_sign_ins_beyond_the_limit_are_429()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "lim-user", [new Grant(Role.CityOperator, ScopeKind.City, "")], twoFactor: false);
        var answer = await _silo.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "lim-user", password = TestAccounts.Password });
        answer.EnsureSuccessStatusCode();
        using var client = new HttpClient { BaseAddress = _silo.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/city")).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/city")).StatusCode);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await _silo.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "lim-user", password = "wrong" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
    }
}
