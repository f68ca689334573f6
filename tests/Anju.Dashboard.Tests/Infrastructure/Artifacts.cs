using Microsoft.Playwright;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>Where screenshots go: <c>ANJU_TEST_ARTIFACTS</c> when set, else <c>artifacts/</c> beside the test assembly.</summary>
public static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("ANJU_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Saves a full-page screenshot as <c>&lt;name&gt;.png</c>; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
