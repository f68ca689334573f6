using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The administrator's screen in real Chromium: an administrator signing in lands on the accounts, creates an
/// account with a district grant (its one-time password shown once), disables it and makes a device key; a grant mixing
/// administration with data is refused with the field named.</summary>
[Collection(ScreenCollection.Name)]
public sealed class AdminScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task An_administrator_creates_and_disables_an_account_and_makes_a_device_key()
    {
        var silo = stack.Live.Silo;
        await TestAccounts.EnsureAsync(silo.ConnectionString, "adm-screen", [new Grant(Role.Administrator, ScopeKind.City, "")]);
        var newcomer = $"adm-{Guid.NewGuid():N}"[..14];
        var page = await stack.NewPageAsync();
        try
        {
            await page.GotoAsync("/signin.html");
            await page.Locator("#username").FillAsync("adm-screen");
            await page.Locator("#password").FillAsync(TestAccounts.Password);
            await page.Locator("#signin-submit").ClickAsync();
            await page.Locator("#code").FillAsync(TestAccounts.Code());
            await page.Locator("#signin-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/admin\\.html$"));

            await page.Locator("#new-name").FillAsync(newcomer);
            await page.Locator("#new-display").FillAsync("天河值班员");
            await page.Locator("#new-grants").FillAsync("DistrictOperator|District|TH");
            await page.Locator("#new-submit").ClickAsync();
            await Expect(page.Locator("#admin-secret")).ToContainTextAsync($"{newcomer} 的一次性密码");
            var row = page.Locator($"#users tr[data-user='{newcomer}']");
            await Expect(row).ToContainTextAsync("待修改一次性密码");
            await Expect(row.Locator("input.grants-edit")).ToHaveValueAsync("DistrictOperator|District|TH");

            await row.Locator("button[data-action=disable]").ClickAsync();
            await Expect(row.Locator("td.state")).ToContainTextAsync("已停用");

            await page.Locator("#new-name").FillAsync($"{newcomer}x");
            await page.Locator("#new-display").FillAsync("x");
            await page.Locator("#new-grants").FillAsync("Administrator|City|; HousingOffice|City|");
            await page.Locator("#new-submit").ClickAsync();
            await Expect(page.Locator("#admin-error")).ToContainTextAsync("grants:");

            await page.Locator("#key-name").FillAsync("12345 热线");
            await page.Locator("#new-key").Locator("button").ClickAsync();
            await Expect(page.Locator("#admin-secret")).ToContainTextAsync("12345 热线 的密钥");
            await Artifacts.ScreenshotAsync(page, "admin");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        var accounts = await silo.Admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        var made = accounts.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == newcomer);
        Assert.True(made.GetProperty("disabled").GetBoolean());
        Assert.DoesNotContain(accounts.EnumerateArray(), u => u.GetProperty("userName").GetString() == $"{newcomer}x");
    }
}
