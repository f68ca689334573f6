using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Tests.Alarms;

/// <summary>The alarm boards on the live hub: <c>alarms</c> (the city's) needs a city grant, <c>alarms/&lt;code&gt;</c>
/// a grant over the district; a board arrives as a snapshot, then as updates when an alarm is raised.</summary>
[Collection(LiveCollection.Name)]
public sealed class AlarmScopeTests(LiveStack stack)
{
    private async Task<string> AccountAsync(string prefix, params Grant[] grants)
    {
        var user = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        await TestAccounts.EnsureAsync(stack.Silo.ConnectionString, user, grants);
        return user;
    }

    [Fact]
    public async Task A_district_operator_watches_their_districts_alarm_board_but_not_the_citys_or_another_districts()
    {
        var user = await AccountAsync("th-alarms", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard, user);

        var snapshot = await screen.SubscribeAsync("alarms/TH");

        Assert.Equal("TH", snapshot.GetProperty("payload").GetProperty("district").GetString());
        foreach (var scope in new[] { "alarms", "alarms/HZ" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("forbidden", refusal.Message);
        }

        await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync("alarms/XX"));
    }

    [Fact]
    public async Task The_city_board_follows_an_alarm_raised_on_an_estates_desk()
    {
        var id = await stack.Api.RegisterAsync("沙河安居苑", "TH", 1);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);
        var snapshot = await screen.SubscribeAsync("alarms");
        Assert.Equal(JsonValueKind.Null, snapshot.GetProperty("payload").GetProperty("district").ValueKind);

        (await stack.Silo.Http.PostAsJsonAsync($"/api/security/estates/{id}/alarms",
            new { type = "Device", severity = "Critical", originator = "sensor/B1-smoke", detail = "1栋烟感" })).EnsureSuccessStatusCode();

        var update = await screen.WaitForAsync(LiveScreen.Updates, r => r.Body.GetRawText().Contains(id, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        Assert.Contains("1栋烟感", update.Body.GetRawText(), StringComparison.Ordinal);
    }
}
