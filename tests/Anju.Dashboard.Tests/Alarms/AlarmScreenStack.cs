using Anju.Dashboard.Cluster;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Anju.Dashboard.Tests.Alarms;

/// <summary>
/// A silo whose cameras time out after 2 s (the desk and camera register tick every 200 ms), a dashboard host on it,
/// and Debian's Chromium: the wall's ticker can show a real camera going offline within seconds. Its own stack because
/// the shared <see cref="ScreenStack"/>'s silo keeps the production camera timeout.
/// </summary>
public sealed class AlarmScreenStack() : SiloFixture(new Dictionary<string, string?>
{
    ["Security:CameraTimeout"] = "00:00:02",
    ["Security:TickInterval"] = "00:00:00.200",
    ["Security:ReportDelay"] = "00:00:00.050",
    ["Alarms:PublishDelay"] = "00:00:00.100",
    ["Rollups:ReportDelay"] = "00:00:00.020",
    ["Logging:Json"] = "false",
})
{
    private IPlaywright? _playwright;

    public RunningDashboard Dashboard { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Dashboard = await RunningDashboard.StartAsync(Db.ConnectionString, ClusterId, null, Silo.Http.BaseAddress);
        var monitor = Dashboard.Services.GetRequiredService<ClusterMonitor>();
        await Wait.UntilAsync(() => monitor.Current is { Connected: true, Silos.Count: > 0 }, TimeSpan.FromSeconds(20), "the dashboard's cluster panel to see the silo");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ScreenStack.Chromium, Headless = true, Timeout = 30_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh zh-CN browser profile signed in as <paramref name="userName"/> through the dashboard's forwarded sign-in.</summary>
    public async Task<IPage> SignedInPageAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Dashboard.BaseAddress.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var answer = await page.Context.APIRequest.PostAsync("/api/auth/signin", new()
        {
            DataObject = new { userName, password = TestAccounts.Password, code = TestAccounts.Code() },
        });
        return answer.Ok ? page : throw new InvalidOperationException($"Signing in as {userName} answered {answer.Status}: {await answer.TextAsync()}");
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Dashboard is not null)
        {
            await Dashboard.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
