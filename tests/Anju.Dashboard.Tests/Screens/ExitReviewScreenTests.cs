using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task A_case_ready_to_carry_out_is_listed_first_counted_and_carried_out_from_the_screen()
    {
        var estateId = await stack.Live.Api.RegisterAsync("车陂保障房", "TH", 2);
        var ids = new List<string>();
        foreach (var dwelling in new[] { EstateApi.Dwelling(1), EstateApi.Dwelling(2) })
        {
            await stack.Live.Api.ChangeAsync(estateId, dwelling, "Allocate");
            await stack.Live.Api.ChangeAsync(estateId, dwelling, "MoveIn");
            using var deducted = await Http.PostAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwelling}/deductions", new { points = 12, reasonCode = "SUBLET", actor = "agency" });
            Assert.True(deducted.IsSuccessStatusCode, await deducted.Content.ReadAsStringAsync());
            var list = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}/exit-reviews");
            ids.Add(list.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetString()!).Single(c => !ids.Contains(c)));
        }

        // The second dwelling's case (opened later) is walked to its final decision through the API: ready to carry out.
        var root = $"/api/estates/{estateId}/exit-reviews/{ids[1]}";
        foreach (var (path, decision) in new[] { ("notice", null), ("hearing", null), ("decision", "Exit"), ("appeal", null), ("decision", "Exit") })
        {
            var version = (await Http.GetFromJsonAsync<JsonElement>(root)).GetProperty("summary").GetProperty("version").GetInt64();
            using var stepped = await Http.PostAsJsonAsync($"{root}/{path}", new { expectedVersion = version, reason = $"{path} 理由", decision });
            Assert.True(stepped.IsSuccessStatusCode, await stepped.Content.ReadAsStringAsync());
        }

        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;
        await screen.ShowAsync($"/exits.html?estate={estateId}", "exit-reviews-ready", async () =>
        {
            var first = page.Locator("#case-body tr").First;
            await Expect(first).ToHaveAttributeAsync("data-case", ids[1], LoadAttribute); // ready first, though opened later
            await Expect(first).ToHaveAttributeAsync("data-ready", "true");
            await Expect(first.Locator("td[data-col=stage]")).ToHaveTextAsync("待执行腾退");
            await Expect(page.Locator("#case-body tr").Nth(1)).ToHaveAttributeAsync("data-case", ids[0]);
            await Expect(page.Locator("#cases-counts")).ToContainTextAsync("办理中 2 件 · 待执行 1 件", new() { Timeout = 10_000 });

            await first.ClickAsync();
            await Expect(page.Locator("#act-buttons button")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            await page.Locator("#act-reason").FillAsync("住户已搬离，收回钥匙");
            await page.Locator("#act-buttons button[data-action=CarryOut]").ClickAsync();
            await Expect(page.Locator("#case-facts dd[data-fact=stage]")).ToHaveTextAsync("已腾退", Load);
            await Expect(page.Locator("#case-steps li[data-action=CarryOut]")).ToContainTextAsync(TestAccounts.Operator);
            await Expect(page.Locator("#cases-counts")).ToContainTextAsync("办理中 1 件 · 待执行 0 件", new() { Timeout = 10_000 });
        });

        screen.AssertNoErrors();
    }
}
