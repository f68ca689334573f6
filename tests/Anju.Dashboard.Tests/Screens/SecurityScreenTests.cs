using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The security supervisor's alarm list: an alarm raised on an estate's desk shows and is acknowledged
/// from the screen, through the dashboard's forwarded API.</summary>
[Collection(ScreenCollection.Name)]
public sealed class SecurityScreenTests(ScreenStack stack) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 15_000 };

    private ScreenPage _screen = null!;

    private IPage Page => _screen.Page;

    public async Task InitializeAsync() => _screen = await ScreenPage.OpenAsync(stack);

    public async Task DisposeAsync() => await _screen.DisposeAsync();

    [Fact]
    public async Task An_open_alarm_shows_and_is_acknowledged_as_the_signed_in_operator()
    {
        var id = await stack.Live.Api.RegisterAsync("员村保障房", "TH", 1);
        var silo = stack.Live.Silo.Http;
        var raised = await silo.PostAsJsonAsync($"/api/security/estates/{id}/alarms",
            new { type = "Device", severity = "Critical", originator = "sensor/B1-smoke", detail = "1栋烟感报警" });
        raised.EnsureSuccessStatusCode();
        var alarmId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alarmId").GetString();

        await _screen.ShowAsync("/security.html", "security", async () =>
        {
            var item = Page.Locator($"#ack-list li[data-estate='{id}'][data-alarm='{alarmId}']");
            await Expect(item).ToContainTextAsync("员村保障房 · 设备告警", Patient);
            await Expect(item).ToContainTextAsync("1栋烟感报警");
            await Expect(Page.Locator("#ack-empty")).ToBeHiddenAsync();

            await item.Locator("button[data-ack]").ClickAsync();
            await Expect(item).ToContainTextAsync($"已确认（{TestAccounts.Operator}）", Patient);
        });

        var alarms = await silo.GetFromJsonAsync<JsonElement>($"/api/security/estates/{id}/alarms");
        var alarm = alarms.EnumerateArray().Single(a => a.GetProperty("alarmId").GetString() == alarmId);
        Assert.Equal("ActiveAcknowledged", alarm.GetProperty("state").GetString());
        Assert.Equal(TestAccounts.Operator, alarm.GetProperty("acknowledgedBy").GetString());
        _screen.AssertNoErrors();
    }

    [Fact]
    public async Task An_alarm_raised_while_the_screen_is_open_appears_without_waiting_for_the_poll()
    {
        var id = await stack.Live.Api.RegisterAsync("棠下安居苑", "TH", 1);
        var silo = stack.Live.Silo.Http;

        // The safety poll is stretched to ten minutes: only the live feed's alarm counts can bring the alarm in.
        await _screen.ShowAsync("/security.html?alarmPollMs=600000", "security-live-alarm", async () =>
        {
            await Expect(Page.Locator($"#ack-list li[data-estate='{id}']")).ToHaveCountAsync(0);
            var raised = await silo.PostAsJsonAsync($"/api/security/estates/{id}/alarms",
                new { type = "Device", severity = "Major", originator = "sensor/B2-door", detail = "2栋门禁强开" });
            raised.EnsureSuccessStatusCode();
            var alarmId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alarmId").GetString();

            await Expect(Page.Locator($"#ack-list li[data-estate='{id}'][data-alarm='{alarmId}']")).ToContainTextAsync("2栋门禁强开", Patient);
        });
        _screen.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_1920_by_1080_wall_the_side_panels_do_not_run_into_each_other_however_many_alarms_are_open()
    {
        var id = await stack.Live.Api.RegisterAsync("岑村保障房", "TH", 1);
        var silo = stack.Live.Silo.Http;
        for (var i = 0; i < 30; i++)
        {
            (await silo.PostAsJsonAsync($"/api/security/estates/{id}/alarms",
                new { type = "Device", severity = "Major", originator = $"sensor/B{i}-door", detail = $"{i}栋门禁故障" })).EnsureSuccessStatusCode();
        }

        await Page.SetViewportSizeAsync(1920, 1080);
        await _screen.ShowAsync("/security.html", "security-1920", async () =>
        {
            await Expect(Page.Locator($"#ack-list li[data-estate='{id}']")).ToHaveCountAsync(30, new() { Timeout = 15_000 });
            var boxes = new List<(string Id, float Top, float Bottom)>();
            foreach (var panel in new[] { "#offline", "#missed", "#ack" })
            {
                var box = await Page.Locator(panel).BoundingBoxAsync() ?? throw new InvalidOperationException($"{panel} is not shown");
                boxes.Add((panel, box.Y, box.Y + box.Height));
            }

            for (var i = 1; i < boxes.Count; i++)
            {
                Assert.True(boxes[i - 1].Bottom <= boxes[i].Top + 0.5f, $"{boxes[i - 1].Id} ends at {boxes[i - 1].Bottom}, under {boxes[i].Id} from {boxes[i].Top}");
            }

            var list = await Page.Locator("#ack-list").BoundingBoxAsync();
            var ack = await Page.Locator("#ack").BoundingBoxAsync();
            Assert.True(list!.Y + list.Height <= ack!.Y + ack.Height + 0.5f, "the alarm list runs out of its panel");
        });
    }
}
