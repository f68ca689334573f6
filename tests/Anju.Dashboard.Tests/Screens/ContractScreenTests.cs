using System.Globalization;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The contracts screen and the estate's contract panel on real data: a breach deduction recorded through the
/// API lowers the contract's live score; the ranking lists the contract with the score its scorecard reports, the
/// scorecard drills down from the deductions factor to the deduction behind it, and the estate panel's score follows
/// the deduction live.</summary>
[Collection(ScreenCollection.Name)]
public sealed class ContractScreenTests(ScreenStack stack)
{
    private MoneyApi Money => new(stack.Live.Silo.Http);

    [Fact]
    public async Task The_ranking_lists_the_contract_with_its_score_and_a_factor_drills_down_to_the_deduction_behind_it()
    {
        var estateId = await stack.Live.Api.RegisterAsync("员村保障房", "TH", 1);
        var contract = await stack.Live.Api.ContractAsync(estateId, "员村物业");
        var deduction = $"KK-{Guid.NewGuid():N}"[..14];
        await Money.DeductAsync(contract, deduction, 5000m, "电梯困人超时未到场");
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/contracts.html?contract={contract}", "contracts-ranking", async () =>
        {
            var row = page.Locator($"#ranking-body tr[data-contract='{contract}']");
            await Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
            var score = (await Money.ScorecardAsync(contract)).GetProperty("current").GetProperty("score").GetDecimal();
            await Expect(row.Locator("td[data-col=score]")).ToHaveTextAsync(score.ToString("0.0", CultureInfo.InvariantCulture), Load);
            await Expect(page.Locator("#scorecard-score")).ToHaveTextAsync(score.ToString("0.0", CultureInfo.InvariantCulture), Load);

            // Every factor is listed; the deductions factor costs points and leads to the deduction.
            await Expect(page.Locator("#factor-body tr")).ToHaveCountAsync(8, new() { Timeout = 10_000 });
            var factor = page.Locator("#factor-body tr[data-factor=Deductions]");
            await Expect(factor).ToHaveAttributeAsync("data-measured", "true", LoadAttribute);
            await factor.ClickAsync();
            await Expect(page.Locator($"#evidence-list li[data-id='{deduction}']")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(page.Locator("#deduction-list li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        });

        screen.AssertNoErrors();
    }

    [Fact]
    public async Task The_estate_panel_shows_each_contracts_live_score_and_follows_a_deduction()
    {
        var estateId = await stack.Live.Api.RegisterAsync("车陂保障房", "TH", 1);
        var contract = await stack.Live.Api.ContractAsync(estateId, "车陂物业");
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/estate.html?id={estateId}", "contracts-estate-panel", async () =>
        {
            var row = page.Locator($"#contracts-table tr[data-contract='{contract}']");
            var before = (await Money.ScorecardAsync(contract)).GetProperty("current").GetProperty("score").GetDecimal();
            await Expect(row.Locator("td[data-col=score]")).ToHaveTextAsync(before.ToString("0.0", CultureInfo.InvariantCulture), Load);

            await Money.DeductAsync(contract, $"KK-{Guid.NewGuid():N}"[..14], 50_000m, "多次违约");
            var after = (await Money.ScorecardAsync(contract)).GetProperty("current").GetProperty("score").GetDecimal();
            Assert.True(after < before, $"a deduction lowers the score ({before} → {after})");
            await Expect(row.Locator("td[data-col=score]")).ToHaveTextAsync(after.ToString("0.0", CultureInfo.InvariantCulture), Load);
            await Expect(row.Locator("td[data-col=factor]")).ToHaveTextAsync("违约扣款", Load);
        });

        screen.AssertNoErrors();
    }

    [Fact]
    public async Task A_city_operator_sees_no_money_link_and_the_money_screen_says_not_permitted()
    {
        var user = $"op-{Guid.NewGuid():N}"[..12];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, user, [new Grant(Role.CityOperator, ScopeKind.City, "")]);
        await using var screen = await ScreenPage.OpenAsync(stack, user);
        var page = screen.Page;

        await screen.ShowAsync("/money.html", "money-denied", async () =>
        {
            await Expect(page.Locator("#fees-denied")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(page.Locator("#account-denied")).ToBeVisibleAsync();
            await Expect(page.Locator("#commercial-denied")).ToBeVisibleAsync();
            // The operator reads contracts' figures, so the contracts link stays; money is not theirs to open.
            await page.GotoAsync("/");
            await Expect(page.Locator("#nav a[data-screen=contracts]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(page.Locator("#nav a[data-screen=money]")).ToBeHiddenAsync();
        });

        // The browser logs the refused reads itself; nothing else went wrong on the page.
        Assert.All(screen.Errors, e => Assert.Contains("403", e, StringComparison.Ordinal));
    }
}
