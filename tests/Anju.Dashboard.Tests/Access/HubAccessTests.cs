using System.Net;
using System.Net.Http.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Anju.Dashboard.Tests.Access;

/// <summary>The live hub lets in only signed-in people and lets each watch only the scopes their grants reach
/// (分級查詢權限); a session that ends takes its connection with it.</summary>
[Collection(LiveCollection.Name)]
public sealed class HubAccessTests(LiveStack stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_connection_without_credentials_is_refused()
    {
        await using var connection = stack.Dashboard.NewAnonymousHubConnection();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync().WaitAsync(Timeout));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_district_operator_watches_their_district_and_its_estates_but_not_another_district_its_estates_or_the_city()
    {
        var own = await stack.Api.RegisterAsync("棠东保障房", "TH", 1);
        var other = await stack.Api.RegisterAsync("江海保障房", "HZ", 1);
        var user = await AccountAsync("th-operator", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard, user);

        await screen.SubscribeAsync("district/TH");
        await screen.SubscribeAsync($"estate/{own}");
        await screen.SubscribeAsync($"incidents/{own}");
        await screen.Connection.InvokeAsync<object>("SubscribeCluster").WaitAsync(Timeout);

        foreach (var scope in new[] { "district/HZ", "city", $"estate/{other}", $"incidents/{other}", $"estate/{Fresh.EstateId("TH")}" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("forbidden", refusal.Message);
        }

        Assert.Equal(HubConnectionState.Connected, screen.Connection.State);
        // Nothing of a refused scope reached the screen.
        Assert.DoesNotContain(screen.Messages, m => m.Body.TryGetProperty("scope", out var scope) && scope.GetString() is "district/HZ" or "city");
        Assert.DoesNotContain(screen.Messages, m => m.Body.GetRawText().Contains(other, StringComparison.Ordinal));
        var layout = await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeAsync<object>("GetEstateLayout", $"estate/{other}").WaitAsync(Timeout));
        Assert.Contains("forbidden", layout.Message);
    }

    [Fact]
    public async Task Grid_staff_watch_their_estate_and_its_incidents_but_not_a_neighbouring_estate_or_the_district()
    {
        var own = await stack.Api.RegisterAsync("赤岗保障房", "HZ", 1);
        var neighbour = await stack.Api.RegisterAsync("赤沙保障房", "HZ", 1);
        var user = await AccountAsync("grid-staff", new Grant(Role.GridStaff, ScopeKind.Grid, $"{own}/G1"));
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard, user);

        var snapshot = await screen.SubscribeAsync($"estate/{own}");
        Assert.Equal(own, snapshot.GetProperty("payload").GetProperty("profile").GetProperty("estateId").GetString());
        await screen.SubscribeAsync($"incidents/{own}");

        foreach (var scope in new[] { $"estate/{neighbour}", $"incidents/{neighbour}", "district/HZ", "city" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("forbidden", refusal.Message);
        }
    }

    [Fact]
    public async Task An_account_whose_grants_change_loses_its_connection_and_cannot_come_back_with_the_old_token()
    {
        var user = await AccountAsync("regranted", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        var token = await TestAccounts.TokenAsync(stack.Silo.BaseAddress, user);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(stack.Dashboard.HubAddress, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync().WaitAsync(Timeout);
        await connection.InvokeAsync<object>("Subscribe", "district/TH").WaitAsync(Timeout);

        using var regrant = await stack.Silo.Admin.PutAsJsonAsync($"/api/admin/users/{user}/grants",
            new[] { new { role = "DistrictOperator", scope = "District", scopeId = "HZ" } });
        Assert.Equal(HttpStatusCode.OK, regrant.StatusCode);

        // The dashboard re-reads the account at most every Access:SessionCheckEvery (1 s in the tests) and sweeps as often.
        await closed.Task.WaitAsync(Timeout);
        await using var again = new HubConnectionBuilder()
            .WithUrl(stack.Dashboard.HubAddress, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync().WaitAsync(Timeout));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    /// <summary>A fresh account holding exactly <paramref name="grants"/>; returns its user name.</summary>
    private async Task<string> AccountAsync(string prefix, params Grant[] grants)
    {
        var user = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        await TestAccounts.EnsureAsync(stack.Silo.ConnectionString, user, grants);
        return user;
    }
}
