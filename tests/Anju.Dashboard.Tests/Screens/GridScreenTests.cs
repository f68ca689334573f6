using System.Net.Http.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The grid staff's screen as a grid-staff user: their grid opens without being named, its households are
/// listed, a task opened on the screen is worked dwelling by dwelling, a mediation opened on the screen is referred to
/// legal aid, and the day's figures follow; the estate's volunteer hours are shown, and a grid outside the grant says
/// "not permitted".</summary>
[Collection(ScreenCollection.Name)]
public sealed class GridScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task Grid_staff_open_a_task_and_a_mediation_work_them_and_see_the_day_follow()
    {
        var estateId = await stack.Live.Api.RegisterAsync("棠下保障房", "TH", 2);
        var http = stack.Live.Silo.Http;
        await EstateApi.SendAsync(http.PutAsJsonAsync($"/api/volunteers/estates/{estateId}/people/V1", new { name = "陈大文", security = true }));
        await EstateApi.SendAsync(http.PostAsJsonAsync($"/api/volunteers/estates/{estateId}/activities", new
        {
            activityId = "A1", title = "夜间巡逻", kind = "SecurityPatrol", date = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            hours = new[] { new { volunteerId = "V1", hours = 3.5m } },
        }));
        await EstateApi.SendAsync(http.PostAsJsonAsync($"/api/estates/{estateId}/grids", new { gridId = "G2", name = "第二网格" }));
        var staff = $"gs-{Guid.NewGuid():N}"[..12];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, staff, [new Grant(Role.GridStaff, ScopeKind.Grid, $"{estateId}/G1")]);
        await using var screen = await ScreenPage.OpenAsync(stack, staff);
        var page = screen.Page;

        await screen.ShowAsync("/grid.html", "grid-work", async () =>
        {
            await Expect(page.Locator("#households-body tr")).ToHaveCountAsync(2, new() { Timeout = 10_000 });
            await Expect(page.Locator("#tasks-empty")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-figure=tasks-due] .value")).ToHaveTextAsync("0", Load);
            await Expect(page.Locator("#volunteer-body tr[data-volunteer=V1] td[data-col=hours]")).ToHaveTextAsync("3.5", Load);

            await page.Locator("#task-what").FillAsync("核对常住人口");
            await page.Locator("#task-due").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"));
            await page.Locator("#task-create").ClickAsync();
            var task = page.Locator("#task-list li[data-task=IT-001]");
            await Expect(task.Locator(".progress")).ToContainTextAsync("0 / 2", new() { Timeout = 3000 });
            await Expect(page.Locator("[data-figure=tasks-due] .value")).ToHaveTextAsync("1", Soon);
            await task.Locator("button.visit").ClickAsync();
            await Expect(task.Locator(".progress")).ToContainTextAsync("1 / 2", new() { Timeout = 3000 });
            await task.Locator("button.visit").ClickAsync();
            await Expect(task).ToHaveAttributeAsync("data-complete", "true", SoonAttribute);
            await Expect(page.Locator("[data-figure=tasks-due] .value")).ToHaveTextAsync("0", Soon);

            await page.Locator("#party-a").FillAsync("张三");
            await page.Locator("#party-b").FillAsync("李四");
            await page.Locator("#mediation-issue").FillAsync("楼上漏水");
            await page.Locator("#mediation-open").ClickAsync();
            var mediation = page.Locator("#mediation-list li[data-mediation=MD-001]");
            await Expect(mediation).ToHaveAttributeAsync("data-outcome", "Open", SoonAttribute);
            await Expect(page.Locator("[data-figure=mediations-open] .value")).ToHaveTextAsync("1", Soon);
            await mediation.Locator("select.outcome").SelectOptionAsync("ReferredToLegalAid");
            await mediation.Locator("input.centre").FillAsync("天河区法律援助处");
            await mediation.Locator("button.record-outcome").ClickAsync();
            await Expect(mediation).ToHaveAttributeAsync("data-outcome", "ReferredToLegalAid", SoonAttribute);
            await Expect(mediation).ToContainTextAsync("天河区法律援助处");
            await Expect(page.Locator("[data-figure=mediations-open] .value")).ToHaveTextAsync("0", Soon);
        });

        var recorded = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/gridwork/estates/{estateId}/grids/G1");
        Assert.Equal(staff, recorded.GetProperty("tasks")[0].GetProperty("done")[0].GetProperty("actor").GetString());

        screen.AssertNoErrors();

        await screen.ShowAsync($"/grid.html?estate={estateId}&grid=G2", "grid-work-denied", async () =>
        {
            await Expect(page.Locator("#work-denied")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(page.Locator("#households-denied")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-figure=tasks-due] .value")).ToHaveTextAsync("—");
        });

        // The browser logs the refused reads itself; nothing else went wrong on the page.
        Assert.All(screen.Errors, e => Assert.Contains("403", e, StringComparison.Ordinal));
    }
}
