using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>Every screen opens in Simplified Chinese and the header's switch turns it to English and back.</summary>
[Collection(ScreenCollection.Name)]
public sealed class LanguageSwitchTests(ScreenStack stack)
{
    [Theory]
    [InlineData("wall", "/", "#map-title", "小区健康热力图", "Estate health map")]
    [InlineData("estate", "/estate.html", "#health-title", "健康评分", "Health score")]
    [InlineData("security", "/security.html", "#coverage-title", "各小区保安覆盖（不足优先）", "Guard coverage by estate (under-staffed first)")]
    [InlineData("housing", "/housing.html", "#estates-title", "小区住房保障一览", "Estates at a glance")]
    [InlineData("incidents", "/incidents.html", "#incident-empty b", "暂无事件", "No incident")]
    [InlineData("facilities", "/facilities.html", "#contracts-title", "各合同维保逾期", "Maintenance overdue by contract")]
    [InlineData("contracts", "/contracts.html", "#ranking-title", "合同考核排名（低分优先）", "Contract ranking (lowest first)")]
    [InlineData("money", "/money.html", "#fees-title", "物业服务费与财政补贴", "Service fees and the subsidy")]
    [InlineData("queue", "/queue.html?queue=office-TH", "#queue-title", "工单队列", "Work queue")]
    public async Task The_language_switch_turns_the_screen_from_Chinese_to_English_and_back(
        string screen, string path, string selector, string chinese, string english)
    {
        await using var page = await ScreenPage.OpenAsync(stack);
        var p = page.Page;
        if (screen == "estate")
        {
            path += $"?id={await stack.Live.Api.RegisterAsync("金沙洲保障房", "BY", 2)}";
        }
        else if (screen == "money")
        {
            // The money screen reads an estate's account: one that exists (the featured estate is not in the test city).
            path += $"?estate={await stack.Live.Api.RegisterAsync("石井保障房", "BY", 1)}";
        }

        await page.ShowAsync(path, $"{screen}-language", async () =>
        {
            await Expect(p.Locator("#conn-text")).ToHaveTextAsync("已连接", Load);
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(p.Locator(selector)).ToHaveTextAsync(chinese);
            await Expect(p.Locator("#nav a[data-screen=housing]")).ToHaveTextAsync("住房保障");
            await Expect(p.Locator("#nav a[aria-current=page]")).ToHaveAttributeAsync("data-screen", screen);
            await Expect(p.Locator("#lang")).ToHaveTextAsync("EN");

            await p.Locator("#lang").ClickAsync();
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(p.Locator(selector)).ToHaveTextAsync(english);
            await Expect(p.Locator("#nav a[data-screen=housing]")).ToHaveTextAsync("Housing");
            await Expect(p.Locator("#conn-text")).ToHaveTextAsync("Connected");
            await Expect(p.Locator("#lang")).ToHaveTextAsync("中文");
            if (screen == "estate")
            {
                await Expect(p.Locator("#estate-district")).ToHaveTextAsync("Baiyun", Load);
            }

            await page.ScreenshotAsync($"{screen}-en");

            await p.Locator("#lang").ClickAsync();
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(p.Locator(selector)).ToHaveTextAsync(chinese);
            await Expect(p.Locator("#lang")).ToHaveTextAsync("EN");
        }, always: false);
        page.AssertNoErrors();
    }
}
