using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The command-centre page in real Chromium: what a person at the wall sees.</summary>
[Collection(ScreenCollection.Name)]
public sealed class WallScreenTests(ScreenStack stack) : IAsyncLifetime
{
    /// <summary>"Within a second or two": a live change must be on screen this soon.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 3000 };

    /// <summary>First load: page, scripts, SignalR connection and snapshot.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Load = new() { Timeout = 10_000 };

    private readonly List<string> _pageErrors = [];
    private IPage _page = null!;

    private EstateApi Api => stack.Live.Api;

    public async Task InitializeAsync()
    {
        _page = await stack.NewPageAsync();
        _page.PageError += (_, error) => _pageErrors.Add(error);
    }

    public async Task DisposeAsync() => await _page.Context.CloseAsync();

    [Fact]
    public async Task The_screen_shows_the_estate_and_follows_an_occupancy_change_within_seconds()
    {
        var id = await Api.RegisterAsync("鹭江保障房", "HZ", 4);
        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        await Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");

        await ShowAsync(id, "estate-zh", async () =>
        {
            await Expect(_page.Locator("#estate-name")).ToHaveTextAsync("鹭江保障房", Load);
            await Expect(_page.Locator("#estate-id")).ToHaveTextAsync(id);
            await Expect(_page.Locator("#estate-district")).ToHaveTextAsync("海珠区");
            await Expect(_page.Locator("#dwellings")).ToHaveTextAsync("4");
            await Expect(_page.Locator("#occupied")).ToHaveTextAsync("1");
            await Expect(_page.Locator("#rate")).ToHaveTextAsync("25.0");
            await Expect(_page.Locator("#conn")).ToHaveAttributeAsync("data-state", "connected");
        });

        await Api.ChangeAsync(id, EstateApi.Dwelling(2), "Allocate");
        await Api.ChangeAsync(id, EstateApi.Dwelling(2), "MoveIn");

        await Expect(_page.Locator("#occupied")).ToHaveTextAsync("2", Live);
        await Expect(_page.Locator("#rate")).ToHaveTextAsync("50.0", Live);
        await Artifacts.ScreenshotAsync(_page, "estate-zh-after-move-in");
        Assert.Empty(_pageErrors);
    }

    [Fact]
    public async Task The_language_switch_turns_the_screen_from_Chinese_to_English_and_back()
    {
        var id = await Api.RegisterAsync("金沙洲保障房", "BY", 2);

        await ShowAsync(id, "language", async () =>
        {
            await Expect(_page.Locator("#estate-name")).ToHaveTextAsync("金沙洲保障房", Load);
            await ExpectChineseAsync();

            await _page.Locator("#lang").ClickAsync();
            await Expect(_page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(_page.Locator("#estate-title")).ToHaveTextAsync("Estate occupancy");
            await Expect(_page.Locator("#cluster-title")).ToHaveTextAsync("Cluster");
            await Expect(_page.Locator("#estate-district")).ToHaveTextAsync("Baiyun");
            await Expect(_page.Locator("#conn-text")).ToHaveTextAsync("Connected");
            await Expect(_page.Locator("#lang")).ToHaveTextAsync("中文");
            await Artifacts.ScreenshotAsync(_page, "estate-en");

            await _page.Locator("#lang").ClickAsync();
            await ExpectChineseAsync();
        });
        Assert.Empty(_pageErrors);
    }

    [Fact]
    public async Task The_cluster_panel_shows_the_one_silo_up()
    {
        var id = await Api.RegisterAsync("长岭居", "HP", 1);
        var siloAddress = stack.Live.Silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.ToString();

        await ShowAsync(id, "cluster", async () =>
        {
            await Expect(_page.Locator("#silo-count")).ToHaveTextAsync("1", Load);
            var silo = _page.Locator("#silos > li");
            await Expect(silo).ToHaveCountAsync(1);
            await Expect(silo).ToHaveAttributeAsync("data-status", "Active");
            await Expect(silo.Locator(".silo-name")).ToContainTextAsync("运行中");
            await Expect(silo.Locator(".silo-address")).ToHaveTextAsync(siloAddress);
            await Expect(_page.Locator("#cluster-error")).ToBeHiddenAsync();
        });
        Assert.Empty(_pageErrors);
    }

    private async Task ExpectChineseAsync()
    {
        await Expect(_page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(_page.Locator("#estate-title")).ToHaveTextAsync("小区入住情况");
        await Expect(_page.Locator("#cluster-title")).ToHaveTextAsync("集群");
        await Expect(_page.Locator("#estate-district")).ToHaveTextAsync("白云区");
        await Expect(_page.Locator("#conn-text")).ToHaveTextAsync("已连接");
        await Expect(_page.Locator("#lang")).ToHaveTextAsync("EN");
    }

    /// <summary>Opens the estate's screen and runs <paramref name="checks"/>; the screenshot
    /// <c>&lt;name&gt;.png</c> is saved whether they pass or not.</summary>
    private async Task ShowAsync(string estateId, string name, Func<Task> checks)
    {
        await _page.GotoAsync($"/?estate={Uri.EscapeDataString(estateId)}");
        try
        {
            await checks();
        }
        finally
        {
            await Artifacts.ScreenshotAsync(_page, name);
        }
    }
}
