using System.Net.Http.Json;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>
/// One browser page on the dashboard at wall-screen size (1920×1080) that records every page
/// error and console error, so a test can assert the screen ran cleanly; plus the residency
/// records the screen tests post through the silo's API.
/// </summary>
public sealed class ScreenPage : IAsyncDisposable
{
    /// <summary>"Within a second or two": a live change must be on screen this soon.</summary>
    public static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 3000 };

    /// <summary>First load: page, modules, SignalR connection and snapshots.</summary>
    public static readonly LocatorAssertionsToHaveTextOptions Load = new() { Timeout = 10_000 };

    public static readonly LocatorAssertionsToHaveAttributeOptions SoonAttribute = new() { Timeout = 3000 };

    public static readonly LocatorAssertionsToHaveAttributeOptions LoadAttribute = new() { Timeout = 10_000 };

    private readonly List<string> _errors = [];
    private readonly Lock _gate = new();
    private readonly HttpClient _api;

    private ScreenPage(IPage page, HttpClient api)
    {
        Page = page;
        _api = api;
        // Playwright raises these on its own thread, also while a test reads them (a page still reconnecting).
        page.PageError += (_, error) => Record($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Errors the page reported so far (a copy: the page may report more meanwhile).</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>A wall-size page signed in as <paramref name="userName"/> (default the city-wide test operator).</summary>
    public static async Task<ScreenPage> OpenAsync(ScreenStack stack, string userName = TestAccounts.Operator)
    {
        var page = await stack.SignedInPageAsync(userName);
        await page.SetViewportSizeAsync(1920, 1080);
        return new ScreenPage(page, stack.Live.Silo.Http);
    }

    /// <summary>Goes to <paramref name="path"/>, runs <paramref name="checks"/> and saves the
    /// screenshot <c>&lt;name&gt;.png</c> whether they pass or not (only when they fail, if
    /// <paramref name="always"/> is false).</summary>
    public async Task ShowAsync(string path, string name, Func<Task> checks, bool always = true)
    {
        await Page.GotoAsync(path);
        var passed = false;
        try
        {
            await checks();
            passed = true;
        }
        finally
        {
            if (always || !passed)
            {
                await Artifacts.ScreenshotAsync(Page, name);
            }
        }
    }

    public Task ScreenshotAsync(string name) => Artifacts.ScreenshotAsync(Page, name);

    /// <summary>Fails listing the page's errors, if it reported any.</summary>
    public void AssertNoErrors()
    {
        var errors = Errors;
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private void Record(string error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Records a household of <paramref name="size"/> in an occupied dwelling.</summary>
    public Task SetHouseholdAsync(string estateId, string dwellingId, int size) =>
        SendAsync(_api.PutAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwellingId}/household",
            new { size, headOfHousehold = $"P-{dwellingId}", actor = "t" }));

    /// <summary>Charges a month's rent that fell due <paramref name="monthsAgo"/> months ago and is unpaid.</summary>
    public Task ChargeRentAsync(string estateId, string dwellingId, int monthsAgo) =>
        SendAsync(_api.PostAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwellingId}/rent/charges",
            new { dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-monthsAgo)), amount = 800m }));

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();

    private static async Task SendAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
