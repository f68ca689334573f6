using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>A screen is never silently stale: while its dashboard host is away it says so, and once
/// the host is back it resubscribes and shows what changed meanwhile.</summary>
[Collection(ScreenCollection.Name)]
public sealed class ReconnectScreenTests(ScreenStack stack, ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Outage = new() { Timeout = 10_000 };

    [Fact]
    public async Task While_the_host_is_away_the_screen_says_it_may_be_stale_and_after_it_returns_it_shows_what_changed()
    {
        var id = await stack.Live.Api.RegisterAsync("龙洞保障房", "TH", 2);
        var first = await stack.Live.StartDashboardAsync();
        var port = first.Port;
        RunningDashboard? second = null;
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;
        try
        {
            await page.GotoAsync(new Uri(first.BaseAddress, $"estate.html?id={id}").ToString());
            await Expect(page.Locator("#estate-name")).ToHaveTextAsync("龙洞保障房", Load);
            await Expect(page.Locator("#occupied")).ToHaveTextAsync("0");

            // While the host shuts down it may still accept a quick reconnect and then hold it until
            // its shutdown timeout; refusing the screen's negotiations meanwhile keeps the outage clean.
            await page.RouteAsync("**/hubs/live/negotiate**", route => route.AbortAsync("connectionrefused"));
            await first.DisposeAsync();
            first = null;
            await Expect(page.Locator("#conn")).Not.ToHaveAttributeAsync("data-state", "connected", Outage);
            await Expect(page.Locator("#stale")).ToBeVisibleAsync();
            await Expect(page.Locator("#stale")).ToContainTextAsync("画面数据可能已过时");
            await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-stale"));
            await screen.ScreenshotAsync("estate-stale");

            await stack.Live.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
            await stack.Live.Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
            await stack.Live.Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Occupied") == 1);
            second = await stack.Live.StartDashboardAsync(port);
            await page.UnrouteAllAsync();

            await Expect(page.Locator("#conn")).ToHaveAttributeAsync("data-state", "connected", Outage);
            await Expect(page.Locator("#occupied")).ToHaveTextAsync("1", Soon);
            await Expect(page.Locator("#stale")).ToBeHiddenAsync();

            // Live again through the new host.
            await stack.Live.Api.ChangeAsync(id, EstateApi.Dwelling(2), "Allocate");
            await stack.Live.Api.ChangeAsync(id, EstateApi.Dwelling(2), "MoveIn");
            await Expect(page.Locator("#occupied")).ToHaveTextAsync("2", Soon);
        }
        finally
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }

            if (second is not null)
            {
                await second.DisposeAsync();
            }
        }

        // The refused reconnects while the host was down are the only errors: the browser's and
        // the SignalR client's own reports of them.
        screen.Errors.ToList().ForEach(output.WriteLine);
        Assert.All(screen.Errors, e => Assert.Matches("ERR_CONNECTION_REFUSED|WebSocket|Failed to (start|complete negotiation|fetch)|Connection disconnected", e));
    }
}
