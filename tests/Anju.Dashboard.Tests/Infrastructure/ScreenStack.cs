using Microsoft.Playwright;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// The live stack plus Debian's Chromium driven by Playwright. Playwright's own browser
/// download cannot work here (no network but the package registries), so the fixture uses the
/// system browser that deploy/setup.sh installs, and fails at once when it is missing.
/// </summary>
public sealed class ScreenStack : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LiveStack Live { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing: the browser tests drive Debian's Chromium. Run `bash deploy/setup.sh` (it installs the chromium package), then run the tests again.");
        }

        await Live.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Timeout = 30_000,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser profile (no remembered language) with one page, signed in as
    /// <paramref name="userName"/> the way the sign-in page does it: a post to the dashboard's forwarded
    /// <c>/api/auth/signin</c>, whose session cookie lands in the profile.</summary>
    public async Task<IPage> SignedInPageAsync(string userName = TestAccounts.Operator)
    {
        var page = await NewPageAsync();
        var answer = await page.Context.APIRequest.PostAsync("/api/auth/signin", new()
        {
            DataObject = new { userName, password = TestAccounts.Password, code = TestAccounts.Code() },
        });
        if (!answer.Ok)
        {
            throw new InvalidOperationException($"Signing the browser in as {userName} answered {answer.Status}: {await answer.TextAsync()}");
        }

        return page;
    }

    /// <summary>A fresh browser profile (no remembered language, no session) with one page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Live.Dashboard.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1440, Height = 900 },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Live.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ScreenCollection : ICollectionFixture<ScreenStack>
{
    public const string Name = "screen";
}
