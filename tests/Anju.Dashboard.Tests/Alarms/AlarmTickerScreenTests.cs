using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Alarms;

/// <summary>The wall's alarm ticker in real Chromium, fed by the alarm stream: a registered camera that stops beating
/// shows as a CameraOffline alarm, and the wall operator acknowledges it from the wall.</summary>
public sealed class AlarmTickerScreenTests(AlarmScreenStack stack) : IClassFixture<AlarmScreenStack>
{
    private const string WallOperator = "alarm-wall-operator";
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_camera_gone_offline_shows_on_the_wall_ticker_and_is_acknowledged_there_as_the_signed_in_operator()
    {
        var silo = stack.Silo.Http;
        var id = Fresh.EstateId("TH");
        (await silo.PostAsJsonAsync("/api/estates", new { estateId = id, name = "員村安居苑", district = "TH", street = "員村街", floorArea = 60_000 })).EnsureSuccessStatusCode();
        (await silo.PostAsJsonAsync($"/api/security/estates/{id}/cameras", new[] { new { cameraId = "CAM-9", location = "北門", kind = "bullet" } })).EnsureSuccessStatusCode();
        using var _ = await stack.Silo.ClientAsync(WallOperator, new Grant(Role.CityOperator, ScopeKind.City, ""));
        var page = await stack.SignedInPageAsync(WallOperator);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        try
        {
            await page.GotoAsync("/");

            var item = page.Locator($"#alarm-board li[data-estate='{id}'][data-type='CameraOffline']");
            await Expect(item).ToContainTextAsync("員村安居苑 · 摄像头离线", Patient);
            await Expect(item).ToHaveAttributeAsync("data-state", "ActiveUnacknowledged");
            await Expect(page.Locator("#alarm-board-summary")).ToContainTextAsync("未确认");

            await item.Locator("button[data-ack]").ClickAsync();

            await Expect(item).ToContainTextAsync($"已确认（{WallOperator}）", Patient);
            await Artifacts.ScreenshotAsync(page, "alarm-ticker-acknowledged");
        }
        catch
        {
            await Artifacts.ScreenshotAsync(page, "alarm-ticker-failed");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        var alarms = await silo.GetFromJsonAsync<JsonElement>($"/api/security/estates/{id}/alarms");
        var alarm = Assert.Single(alarms.EnumerateArray());
        Assert.Equal(("CameraOffline", WallOperator), (alarm.GetProperty("type").GetString(), alarm.GetProperty("acknowledgedBy").GetString()));
        Assert.Empty(errors);
    }
}
