using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The incident desk on real data: a case filed through the API appears with its countdown, a step taken on
/// the desk reaches the case, and a step on a version someone else already moved says so.</summary>
[Collection(ScreenCollection.Name)]
public sealed class IncidentDeskScreenTests(ScreenStack stack) : IAsyncLifetime
{
    private ScreenPage _screen = null!;

    private IPage Page => _screen.Page;

    private HttpClient Http => stack.Live.Silo.Http;

    public async Task InitializeAsync() => _screen = await ScreenPage.OpenAsync(stack);

    public async Task DisposeAsync() => await _screen.DisposeAsync();

    private async Task<string> FileAsync(string estateId)
    {
        var response = await Http.PostAsJsonAsync("/api/incidents", new
        {
            category = "Parking", severity = "Major", description = "车辆堵塞消防通道", actor = "居民",
            location = new { estateId, gridId = "G1" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("incidentId").GetString()!;
    }

    [Fact]
    public async Task A_filed_case_appears_on_the_desk_and_is_acknowledged_from_it()
    {
        var estateId = await stack.Live.Api.RegisterAsync("南洲保障房", "HZ", 1);
        var id = await FileAsync(estateId);

        await _screen.ShowAsync("/incidents.html", "incident-desk", async () =>
        {
            var row = Page.Locator($"#incident-body tr[data-incident='{id}']");
            await Expect(row.Locator("td[data-col=state]")).ToHaveTextAsync("待受理", Load);
            await Expect(row.Locator("td[data-col=category]")).ToHaveTextAsync("车辆停放");
            await Expect(row.Locator("td[data-col=sla]")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}:\d{2}$|^\d+:\d{2}$"));

            // The list is redrawn whenever it reloads (on every move of the city's figures): a click that lands while
            // its row is being replaced is lost, as it would be for a person, who clicks again.
            for (var attempt = 0; attempt < 3 && await row.GetAttributeAsync("aria-selected") != "true"; attempt++)
            {
                await row.ClickAsync();
                await Page.WaitForTimeoutAsync(300);
            }

            await Expect(row).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(Page.Locator("button[data-action=accept]")).ToBeEnabledAsync(new() { Timeout = 10_000 });
            await Expect(Page.Locator("button[data-action=close]")).ToBeDisabledAsync();
            await Page.Locator("button[data-action=accept]").ClickAsync();
            await Expect(row.Locator("td[data-col=state]")).ToHaveTextAsync("已立案", Load);
        });

        var acknowledged = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal("Filed", acknowledged.GetProperty("summary").GetProperty("status").GetString());
        // The step is the signed-in person's: the screen names no actor, the silo records who is signed in.
        Assert.Equal(TestAccounts.Operator, acknowledged.GetProperty("history")[1].GetProperty("actor").GetString());

        // The desk's list reloads are answered with the case as it was, so the desk still holds version 2 when
        // someone else dispatches first.
        var stale = JsonSerializer.Serialize(new { items = new[] { acknowledged.GetProperty("summary") }, skip = 0, take = 500, total = 1 });
        var lists = new Regex(@"/api/incidents\?");
        await Page.RouteAsync(lists, route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = stale }));
        await Page.Locator($"#incident-body tr[data-incident='{id}']").ClickAsync();
        var other = await Http.PostAsJsonAsync($"/api/incidents/{id}/dispatch", new { expectedVersion = 2, actor = "另一位值班员" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        await Page.Locator("button[data-action=escalate]").ClickAsync();
        await Expect(Page.Locator("#incident-message")).ToHaveTextAsync("该事件已被他人修改，已重新加载", Load);
        await Page.UnrouteAsync(lists);
        await Expect(Page.Locator($"#incident-body tr[data-incident='{id}'] td[data-col=state]")).ToHaveTextAsync("已派遣", Load);
        var after = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal("Grid", after.GetProperty("summary").GetProperty("level").GetString());
        // The browser logs the refused step's 409 as a failed resource load; nothing else may go wrong.
        Assert.All(_screen.Errors, e => Assert.Contains("409 (Conflict)", e));
    }
}
