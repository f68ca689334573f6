using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The facility screens on real data: a fault reported through the API lands in the property company's queue,
/// which walks it accept → dispatch → on site → repaired with the row following each step live (and a verification by
/// the housing office through the API as well); the estate's facilities panel shows the lift out of service; the wall's
/// faults card counts it.</summary>
[Collection(ScreenCollection.Name)]
public sealed class FacilityScreenTests(ScreenStack stack)
{
    private HttpClient Http => stack.Live.Silo.Http;

    private FacilitiesApi Facilities => new(Http);

    [Fact]
    public async Task The_company_queue_shows_a_reported_order_and_walks_it_to_repaired_with_the_row_updating_live()
    {
        var estateId = await stack.Live.Api.RegisterAsync("猎德保障房", "TH", 1);
        var contract = await stack.Live.Api.ContractAsync(estateId, "猎德物业");
        var lift = await Facilities.RegisterLiftAsync(estateId);
        var company = $"co-{Guid.NewGuid():N}"[..12];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, company, [new Grant(Role.PropertyCompany, ScopeKind.Contract, contract)]);
        await using var screen = await ScreenPage.OpenAsync(stack, company);
        var page = screen.Page;

        await screen.ShowAsync("/queue.html", "facility-queue", async () =>
        {
            // The company's grant names its contract: the screen opens that queue without being told.
            await Expect(page.Locator("#order-empty")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            var orderId = await Facilities.ReportAsync(estateId, lift, "lift-stopped", "电梯停在 12 楼");
            var row = page.Locator($"#order-body tr[data-order='{orderId}']");
            await Expect(row).ToHaveAttributeAsync("data-status", "Reported", LoadAttribute);
            await Expect(row.Locator("td[data-col=fault]")).ToHaveTextAsync("电梯停运");
            await Expect(row.Locator("td[data-col=clock]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^接单 \d+:\d{2}(:\d{2})?$"));
            await Expect(page.Locator("button[data-step=verify]")).ToBeHiddenAsync();

            await StepAsync(page, row, "accept", "Accepted");
            await page.Locator("#order-assignee").FillAsync("电梯维保二班");
            await StepAsync(page, row, "dispatch", "Dispatched");
            await StepAsync(page, row, "on-site", "OnSite");
            await page.Locator("#order-cost").FillAsync("380.50");
            await StepAsync(page, row, "repair", "Repaired");

            // Someone else's step reaches the open screen by the live feed alone.
            var version = long.Parse((await row.GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture);
            using var verified = await Http.PostAsJsonAsync($"/api/work-orders/{orderId}/verify", new { expectedVersion = version });
            var body = await verified.Content.ReadAsStringAsync();
            Assert.True(verified.IsSuccessStatusCode, body);
            await Expect(row).ToHaveAttributeAsync("data-status", "Verified", LoadAttribute);

            // The steps were the signed-in company's, with the cost typed on the screen.
            var done = JsonDocument.Parse(body).RootElement;
            Assert.Equal(380.50m, done.GetProperty("summary").GetProperty("cost").GetDecimal());
            Assert.Contains(done.GetProperty("history").EnumerateArray(), step => step.GetProperty("actor").GetString() == company);
        });

        screen.AssertNoErrors();
    }

    [Fact]
    public async Task A_step_on_an_order_someone_else_moved_first_says_so_and_shows_the_order_as_it_is()
    {
        var estateId = await stack.Live.Api.RegisterAsync("石牌保障房", "TH", 1);
        var contract = await stack.Live.Api.ContractAsync(estateId);
        var orderId = await Facilities.ReportAsync(estateId, await Facilities.RegisterLiftAsync(estateId), "lift-fault");
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/queue.html?queue={contract}", "facility-queue-conflict", async () =>
        {
            var row = page.Locator($"#order-body tr[data-order='{orderId}']");
            await Expect(row).ToHaveAttributeAsync("data-status", "Reported", LoadAttribute);
            var seen = long.Parse((await row.GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture);

            // The screen's accept leaves with the version it showed; another office accepts just before it arrives.
            await page.RouteAsync($"**/api/work-orders/{orderId}/accept", async route =>
            {
                using var first = await Http.PostAsJsonAsync($"/api/work-orders/{orderId}/accept", new { expectedVersion = seen });
                Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
                await route.ContinueAsync();
            });
            await row.ClickAsync();
            await page.Locator("button[data-step=accept]").ClickAsync();

            await Expect(page.Locator("#order-message")).ToHaveAttributeAsync("data-outcome", "conflict", LoadAttribute);
            await Expect(page.Locator("#order-message")).ToHaveTextAsync("工单已被他人更新，已重新加载");
            await Expect(row).ToHaveAttributeAsync("data-status", "Accepted", LoadAttribute);
        });

        // The browser logs the refused request itself; nothing else went wrong on the page.
        Assert.All(screen.Errors, e => Assert.Contains("409", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_estate_panel_shows_a_lift_out_of_service_after_a_fault_and_the_wall_counts_it()
    {
        var estateId = await stack.Live.Api.RegisterAsync("冼村保障房", "TH", 1);
        await stack.Live.Api.ContractAsync(estateId);
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/estate.html?id={estateId}", "facility-estate", async () =>
        {
            // No register yet: the panel says so rather than showing zeros.
            await Expect(page.Locator("#facilities")).ToHaveAttributeAsync("data-register", "none", LoadAttribute);
            await Expect(page.Locator("#facilities .facilities-note")).ToContainTextAsync("尚无设施登记");

            var lift = await Facilities.RegisterLiftAsync(estateId);
            await Expect(page.Locator("#facilities")).ToHaveAttributeAsync("data-register", "some", LoadAttribute);
            await Facilities.ReportAsync(estateId, lift, "lift-stopped");
            await Expect(page.Locator("#facilities [data-figure=outOfService] .value")).ToHaveTextAsync("1", Load);
            await Expect(page.Locator("#facilities [data-figure=openFaults] .value")).ToHaveTextAsync("1", Load);
            await Expect(page.Locator("#facility-types li[data-type=Lift]")).ToHaveAttributeAsync("data-out", "1", LoadAttribute);
            await Expect(page.Locator("#facility-orders li")).ToHaveCountAsync(1);
        });

        await screen.ShowAsync("/", "facility-wall", async () =>
        {
            // The card shows the city's own totals, which now count this estate's fault and its lift out of service.
            var totals = await SettledCityFacilitiesAsync();
            Assert.True(totals.GetProperty("openFaults").GetInt32() >= 1 && totals.GetProperty("outOfService").GetInt32() >= 1, totals.GetRawText());
            var card = page.Locator("[data-figure=faults]");
            await Expect(card.Locator(".value")).ToHaveTextAsync(totals.GetProperty("openFaults").GetInt32().ToString("N0", CultureInfo.InvariantCulture), Load);
            await Expect(card.Locator(".sub")).ToContainTextAsync($"停用设施 {totals.GetProperty("outOfService").GetInt32()} 处");
            await Expect(card).ToHaveAttributeAsync("data-tone", "alarm");
        });

        screen.AssertNoErrors();
    }

    /// <summary>The city's facility totals once the estate's fault has reached them and two reads agree.</summary>
    private async Task<JsonElement> SettledCityFacilitiesAsync()
    {
        async Task<JsonElement> ReadAsync() => (await Http.GetFromJsonAsync<JsonElement>("/api/city")).GetProperty("totals").GetProperty("facilities");
        var last = await ReadAsync();
        await Wait.UntilAsync(async () =>
        {
            await Task.Delay(500);
            var now = await ReadAsync();
            var settled = now.GetProperty("outOfService").GetInt32() >= 1 && now.GetRawText() == last.GetRawText();
            last = now;
            return settled;
        }, TimeSpan.FromSeconds(15), () => $"the city's facility totals to count the fault; last {last.GetRawText()}");
        return last;
    }

    /// <summary>Selects the row (a redraw may swallow a click, as it would a person's), takes the step, and waits for
    /// the row to show the new status.</summary>
    private static async Task StepAsync(IPage page, ILocator row, string step, string status)
    {
        for (var attempt = 0; attempt < 3 && await row.GetAttributeAsync("aria-selected") != "true"; attempt++)
        {
            await row.ClickAsync();
            await page.WaitForTimeoutAsync(200);
        }

        var button = page.Locator($"button[data-step={step}]");
        await Expect(button).ToBeEnabledAsync(new() { Timeout = 5000 });
        await button.ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-status", status, LoadAttribute);
        await Expect(page.Locator("#order-message")).ToHaveAttributeAsync("data-outcome", "ok");
    }
}
