using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>Screens show only what the person's grants reach: a district operator's wall holds their district alone,
/// and another district's estate page says it is not permitted instead of showing the estate.</summary>
[Collection(ScreenCollection.Name)]
public sealed class ScopedScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task A_district_operator_sees_only_their_district_on_the_wall_and_is_refused_another_districts_estate()
    {
        var own = await stack.Live.Api.RegisterAsync("天河北保障房", "TH", 2);
        var other = await stack.Live.Api.RegisterAsync("白云湖保障房", "BY", 2);
        var user = $"th-op-{Guid.NewGuid():N}"[..14];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, user, [new Grant(Role.DistrictOperator, ScopeKind.District, "TH")]);
        await using var screen = await ScreenPage.OpenAsync(stack, user);
        var page = screen.Page;

        await screen.ShowAsync("/", "wall-district-operator", async () =>
        {
            await Expect(page.Locator($"#map .tile[data-estate='{own}']")).ToHaveAttributeAsync("data-dwellings", "2", LoadAttribute);
            await Expect(page.Locator("#person-roles")).ToHaveTextAsync("区指挥中心");
            await Expect(page.Locator("#map .district-row")).ToHaveCountAsync(1);
            await Expect(page.Locator("#map .district-row[data-district=TH]")).ToHaveCountAsync(1);
            await Expect(page.Locator($"#map .tile[data-estate='{other}']")).ToHaveCountAsync(0);
        });

        await screen.ShowAsync($"/estate.html?id={other}", "estate-not-permitted", async () =>
        {
            await Expect(page.Locator("#estate-error")).ToHaveTextAsync("无权查看：您的授权范围不包含此内容", Load);
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-access", "denied");
            await Expect(page.Locator("#estate-name")).ToHaveTextAsync("—");
        });

        // Their own district's estate opens as usual.
        await screen.ShowAsync($"/estate.html?id={own}", "estate-permitted", async () =>
        {
            await Expect(page.Locator("#estate-name")).ToHaveTextAsync("天河北保障房", Load);
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-access", "allowed");
        });
        screen.AssertNoErrors();
    }
}
