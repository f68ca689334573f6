using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>Orleans' own dashboard in real Chromium, for an administrator: the header of the live screens links to it,
/// its page renders its menu and the cluster's silo under the dashboard's security headers (no policy violation, no
/// script error); a person who does not administer sees no link.</summary>
[Collection(ScreenCollection.Name)]
public sealed class OrleansDashboardScreenTests(ScreenStack stack) : IAsyncLifetime
{
    public Task InitializeAsync() => TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, TestAccounts.Admin, TestAccounts.AdminGrants);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrator_follows_the_link_to_Orleans_dashboard_and_it_renders()
    {
        await using var screen = await ScreenPage.OpenAsync(stack, TestAccounts.Admin);
        var page = screen.Page;
        await screen.ShowAsync("/admin.html", "orleans-link", async () =>
        {
            var link = page.Locator("#orleans-link");
            await Expect(link).ToHaveTextAsync("Orleans 集群");
            await link.ClickAsync();
        }, always: false);

        await Expect(page).ToHaveURLAsync(new Uri(stack.Live.Dashboard.BaseAddress, "orleans/").ToString());
        try
        {
            await Expect(page.Locator("#menu")).ToContainTextAsync("Grains", new() { Timeout = 15_000 });
            await Expect(page.Locator("#menu")).ToContainTextAsync("Silos");
            // The overview's counters come from the silos' dashboard grain through this host's Orleans client.
            await Expect(page.Locator("#content")).ToContainTextAsync("Active Silos", new() { Timeout = 15_000 });
            await Expect(page.Locator("#error-message-content")).ToBeEmptyAsync();
        }
        finally
        {
            await screen.ScreenshotAsync("orleans-dashboard");
        }

        // Neither a policy violation (inline styles, its icon font) nor a failed call of its API.
        screen.AssertNoErrors();
    }

    [Fact]
    public async Task The_live_screens_header_links_to_it_for_an_administrator()
    {
        // An administrator may watch no live figures: only the header is looked at here, not the page's hub.
        await using var screen = await ScreenPage.OpenAsync(stack, TestAccounts.Admin);
        await screen.ShowAsync("/estate.html", "orleans-header-link", async () =>
        {
            var link = screen.Page.Locator("#nav a[data-screen=orleans]");
            await Expect(link).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(link).ToHaveAttributeAsync("href", "orleans/");
        }, always: false);
    }

    [Fact]
    public async Task Someone_who_does_not_administer_sees_no_link()
    {
        await using var screen = await ScreenPage.OpenAsync(stack);
        await screen.ShowAsync("/estate.html", "orleans-no-link", async () =>
        {
            await Expect(screen.Page.Locator("#nav a[data-screen=housing]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(screen.Page.Locator("#nav a[data-screen=orleans]")).ToBeHiddenAsync();
        }, always: false);
    }
}
