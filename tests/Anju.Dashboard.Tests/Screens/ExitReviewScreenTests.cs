using System.Net.Http.Json;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The exit-review desk on real data: deductions reaching the exit level open a case that the estate's list
/// shows with the household it is about; the housing office walks it notice → hearing → decision (keep, which closes
/// it) from the case's own buttons, a step without a reason is not sent, each step is listed with the signed-in actor,
/// and the list follows.</summary>
[Collection(ScreenCollection.Name)]
public sealed class ExitReviewScreenTests(ScreenStack stack)
{
    private HttpClient Http => stack.Live.Silo.Http;

    [Fact]
    public async Task A_case_opened_by_deductions_is_walked_to_closed_from_the_screen()
    {
        var estateId = await stack.Live.Api.RegisterAsync("员村保障房", "TH", 1);
        var dwelling = EstateApi.Dwelling(1);
        await stack.Live.Api.ChangeAsync(estateId, dwelling, "Allocate");
        await stack.Live.Api.ChangeAsync(estateId, dwelling, "MoveIn");
        using (var household = await Http.PutAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwelling}/household", new { size = 2, headOfHousehold = "H-77001" }))
        {
            Assert.True(household.IsSuccessStatusCode, await household.Content.ReadAsStringAsync());
        }

        using (var deducted = await Http.PostAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwelling}/deductions", new { points = 12, reasonCode = "SUBLET", actor = "agency" }))
        {
            Assert.True(deducted.IsSuccessStatusCode, await deducted.Content.ReadAsStringAsync());
        }

        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;
        await screen.ShowAsync($"/exits.html?estate={estateId}", "exit-reviews", async () =>
        {
            var row = page.Locator("#case-body tr").First;
            await Expect(row.Locator("td[data-col=stage]")).ToHaveTextAsync("已立案", Load);
            await Expect(row.Locator("td[data-col=household]")).ToHaveTextAsync("H-77001");
            await Expect(page.Locator("#cases-counts")).ToContainTextAsync("办理中 1 件", new() { Timeout = 10_000 });
            await row.ClickAsync();
            await Expect(page.Locator("#case-facts dd[data-fact=stage]")).ToHaveTextAsync("已立案", Load);
            await Expect(page.Locator("#act-buttons button")).ToHaveCountAsync(1, new() { Timeout = 10_000 });

            async Task StepAsync(string action, string stage, string reason)
            {
                await page.Locator("#act-reason").FillAsync(reason);
                await page.Locator($"#act-buttons button[data-action={action}]").ClickAsync();
                await Expect(page.Locator("#case-facts dd[data-fact=stage]")).ToHaveTextAsync(stage, Load);
            }

            // A step without a reason is not sent: the screen asks for one and the case stays as it was.
            await page.Locator("#act-buttons button[data-action=ServeNotice]").ClickAsync();
            await Expect(page.Locator("#act-error")).ToHaveTextAsync("每一步都须填写理由");
            await Expect(page.Locator("#case-facts dd[data-fact=stage]")).ToHaveTextAsync("已立案");
            await Expect(page.Locator("#case-no-steps")).ToBeVisibleAsync();

            await StepAsync("ServeNotice", "已告知", "上门送达");
            await StepAsync("HoldHearing", "已听证", "住户到场陈述");
            await page.Locator("#act-decision").SelectOptionAsync("Keep");
            await StepAsync("Decide", "已结案（保留）", "已整改，保留资格"); // a decision to keep closes the case

            await Expect(page.Locator("#case-steps li")).ToHaveCountAsync(4, new() { Timeout = 10_000 });
            await Expect(page.Locator("#case-steps li[data-action=Decide]")).ToContainTextAsync("保留");
            await Expect(page.Locator("#case-steps li[data-action=Close]")).ToBeVisibleAsync();
            await Expect(page.Locator("#case-facts dd[data-fact=household]")).ToHaveTextAsync("H-77001");
            await Expect(page.Locator("#case-finished")).ToBeVisibleAsync();
            await Expect(page.Locator("#case-act")).ToBeHiddenAsync();
            await Expect(row.Locator("td[data-col=stage]")).ToHaveTextAsync("已结案（保留）", Load);
            await Expect(page.Locator("#case-steps li").First).ToContainTextAsync(TestAccounts.Operator);
        });

        screen.AssertNoErrors();
    }
}
