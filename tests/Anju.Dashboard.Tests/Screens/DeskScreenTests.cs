using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The desk screens: security supervisor, housing office and incident desk.</summary>
[Collection(ScreenCollection.Name)]
public sealed class DeskScreenTests(ScreenStack stack) : IAsyncLifetime
{
    private ScreenPage _screen = null!;

    private EstateApi Api => stack.Live.Api;

    private IPage Page => _screen.Page;

    public async Task InitializeAsync() => _screen = await ScreenPage.OpenAsync(stack);

    public async Task DisposeAsync() => await _screen.DisposeAsync();

    [Fact]
    public async Task The_housing_table_lists_an_estates_figures_sorts_by_a_column_and_shows_the_selected_estate()
    {
        var id = await Api.RegisterAsync("棠下保障房", "TH", 3);
        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        await Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Allocated") == 1);

        await _screen.ShowAsync("/housing.html", "housing", async () =>
        {
            var row = Page.Locator($"#estates-table tr[data-key='{id}']");
            await Expect(row.Locator("td[data-col=dwellings]")).ToHaveTextAsync("3", Load);
            await Expect(row.Locator("td[data-col=allocated]")).ToHaveTextAsync("1");
            await Expect(row.Locator("td[data-col=district]")).ToHaveTextAsync("天河区");

            await Page.Locator("#estates-table th[data-key=allocated] button").ClickAsync();
            await Expect(Page.Locator("#estates-table th[data-key=allocated]")).ToHaveAttributeAsync("aria-sort", "descending");

            await Page.Locator("#filter-search").FillAsync(id);
            await Expect(Page.Locator("#estates-table tbody tr")).ToHaveCountAsync(1);
            await row.Locator("td[data-col=dwellings]").ClickAsync();
            await Expect(Page.Locator("#detail-name")).ToHaveTextAsync("棠下保障房", Soon);
            await Expect(Page.Locator("#detail-contracts .empty")).ToHaveTextAsync("尚未关联物业服务合同");
        });

        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
        await Expect(Page.Locator($"#estates-table tr[data-key='{id}'] td[data-col=allocated]")).ToHaveTextAsync("0", Soon);
        _screen.AssertNoErrors();
    }

    [Fact]
    public async Task The_security_view_lists_each_estates_guard_coverage_and_lays_out_the_panels_still_to_come()
    {
        var id = await Api.RegisterAsync("车陂保障房", "TH", 1);

        await _screen.ShowAsync("/security.html", "security", async () =>
        {
            var row = Page.Locator($"#coverage-table tr[data-key='{id}']");
            await Expect(row.Locator("td[data-col=coverage]")).ToHaveTextAsync("未配置", Load);
            await Expect(row.Locator("td[data-col=onDuty]")).ToHaveTextAsync("0");
            await Expect(Page.Locator("#coverage-table th[data-key=shortfall]")).ToHaveAttributeAsync("aria-sort", "descending");
            await Expect(Page.Locator("#offline-empty")).ToHaveTextAsync("尚未登记摄像头");
            await Expect(Page.Locator("#missed-empty")).ToBeVisibleAsync();
            await Expect(Page.Locator("#ack-title")).ToHaveTextAsync("告警确认"); // other tests on this stack may leave alarms open
        });
        _screen.AssertNoErrors();
    }

    [Fact]
    public async Task The_incident_desk_is_laid_out_with_filters_an_empty_list_and_disabled_actions()
    {
        await _screen.ShowAsync("/incidents.html", "incidents", async () =>
        {
            // Other tests share the stack and may have filed cases: a search nothing matches shows the empty state.
            await Page.Locator("#filter-search").FillAsync("no-such-incident");
            await Expect(Page.Locator("#incident-empty b")).ToHaveTextAsync("暂无事件", Load);
            await Expect(Page.Locator("#incident-head th")).ToHaveCountAsync(8);
            await Expect(Page.Locator("[data-figure=critical] .value")).ToHaveTextAsync("0", Load);
            await Expect(Page.Locator("button[data-action]")).ToHaveCountAsync(4);
            foreach (var action in await Page.Locator("button[data-action]").AllAsync())
            {
                await Expect(action).ToBeDisabledAsync();
            }

            var critical = Page.Locator(".chip[data-value=critical]");
            await critical.ClickAsync();
            await Expect(critical).ToHaveAttributeAsync("aria-pressed", "true");
        });
        _screen.AssertNoErrors();
    }
}
