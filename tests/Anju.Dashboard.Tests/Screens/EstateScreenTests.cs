using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The estate view (<c>/estate.html?id=…</c>): one estate's live figures and its grids.</summary>
[Collection(ScreenCollection.Name)]
public sealed class EstateScreenTests(ScreenStack stack) : IAsyncLifetime
{
    private ScreenPage _screen = null!;

    private EstateApi Api => stack.Live.Api;

    private IPage Page => _screen.Page;

    public async Task InitializeAsync() => _screen = await ScreenPage.OpenAsync(stack);

    public async Task DisposeAsync() => await _screen.DisposeAsync();

    [Fact]
    public async Task The_estate_view_shows_the_estates_numbers_and_follows_a_move_in_within_seconds()
    {
        var id = await Api.RegisterAsync("鹭江保障房", "HZ", 4);
        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
        await _screen.SetHouseholdAsync(id, EstateApi.Dwelling(1), 3);
        await Api.StatusWhenAsync(id, s => s.GetProperty("residency").GetProperty("residents").GetInt32() == 3);

        await _screen.ShowAsync($"/estate.html?id={Uri.EscapeDataString(id)}", "estate-zh", async () =>
        {
            await Expect(Page.Locator("#estate-name")).ToHaveTextAsync("鹭江保障房", Load);
            await Expect(Page.Locator("#estate-id")).ToHaveTextAsync(id);
            await Expect(Page.Locator("#estate-district")).ToHaveTextAsync("海珠区");
            await Expect(Page.Locator("#dwellings")).ToHaveTextAsync("4");
            await Expect(Page.Locator("#occupied")).ToHaveTextAsync("1");
            await Expect(Page.Locator("#rate")).ToHaveTextAsync("25.0");
            await Expect(Page.Locator("#states li[data-state=Vacant] .count")).ToHaveTextAsync("3");
            await Expect(Stat("households")).ToHaveTextAsync("1");
            await Expect(Stat("residents")).ToHaveTextAsync("3");
            await Expect(Stat("rentSerious")).ToHaveTextAsync("0");
            await Expect(Page.Locator("#health-score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
            // Three residents need ⌈3 ÷ 500⌉ = 1 guard and none is on duty: guard coverage is the top deduction.
            await Expect(Page.Locator("#health-top")).ToContainTextAsync("保安不足", new() { Timeout = 10_000 });
            var grid = Page.Locator("#grids-table tr[data-grid=G1]");
            await Expect(grid).ToContainTextAsync("第一网格", new() { Timeout = 10_000 });
            await Expect(grid.Locator("td").Nth(1)).ToHaveTextAsync("1");
            await Expect(Page.Locator("#security [data-figure=guards] .value")).ToHaveTextAsync("0 / 1");
            await Expect(Page.Locator("#incidents [data-figure=openCritical] .value")).ToHaveTextAsync("0");
            await Expect(Page.Locator("#contracts .empty")).ToHaveTextAsync("尚未关联物业服务合同");
            await Expect(Page.Locator("#conn")).ToHaveAttributeAsync("data-state", "connected");
        });

        await Api.ChangeAsync(id, EstateApi.Dwelling(2), "Allocate");
        await Api.ChangeAsync(id, EstateApi.Dwelling(2), "MoveIn");

        await Expect(Page.Locator("#occupied")).ToHaveTextAsync("2", Soon);
        await Expect(Page.Locator("#rate")).ToHaveTextAsync("50.0", Soon);
        await Expect(Stat("households")).ToHaveTextAsync("2", Soon);
        await _screen.ScreenshotAsync("estate-zh-after-move-in");
        _screen.AssertNoErrors();
    }

    [Fact]
    public async Task An_unknown_estate_is_named_while_the_screen_waits_for_it()
    {
        await _screen.ShowAsync("/estate.html?id=ZC-NOPE", "estate-unknown", async () =>
        {
            await Expect(Page.Locator("#estate-error")).ToHaveTextAsync("未找到小区 ZC-NOPE，等待登记…", Load);
            await Expect(Page.Locator("#estate-id")).ToHaveTextAsync("ZC-NOPE");
        });
        _screen.AssertNoErrors();
    }

    private ILocator Stat(string key) => Page.Locator($"#residency [data-figure={key}] .value");
}
