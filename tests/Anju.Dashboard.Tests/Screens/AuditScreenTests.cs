using System.Text.RegularExpressions;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The auditor's screen in real Chromium: an auditor signing in lands on the audit log, finds a person's read of
/// a household by who did it, and checks the hash chain; nobody else reads the log.</summary>
[Collection(ScreenCollection.Name)]
public sealed class AuditScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task An_auditor_lands_on_the_audit_log_finds_who_read_a_household_and_checks_the_chain()
    {
        var silo = stack.Live.Silo;
        await TestAccounts.EnsureAsync(silo.ConnectionString, "aud-screen", [new Grant(Role.Auditor, ScopeKind.City, "")]);
        await TestAccounts.EnsureAsync(silo.ConnectionString, "aud-reader", [new Grant(Role.HousingOffice, ScopeKind.City, "")]);
        var estate = await stack.Live.Api.RegisterAsync("审计保障房", "TH", 1);
        using (var reader = await TestAccounts.ClientAsync(silo.BaseAddress, "aud-reader"))
        {
            (await reader.GetAsync($"/api/estates/{estate}/dwellings")).EnsureSuccessStatusCode();
        }

        var page = await stack.NewPageAsync();
        try
        {
            await page.GotoAsync("/signin.html");
            await page.Locator("#username").FillAsync("aud-screen");
            await page.Locator("#password").FillAsync(TestAccounts.Password);
            await page.Locator("#signin-submit").ClickAsync();
            await Expect(page.Locator("#code")).ToBeVisibleAsync(); // every post signs in with its authenticator here
            await page.Locator("#code").FillAsync(TestAccounts.Code());
            await page.Locator("#signin-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/audit\\.html$"));
            await Expect(page.Locator("#person-roles")).ToHaveTextAsync("审计员");

            await page.Locator("#q-actor").FillAsync("aud-reader");
            await page.Locator("#audit-submit").ClickAsync();
            await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(2); // the sign-in, then the read
            await page.Locator("#q-object").FillAsync($"estateId={estate}");
            await page.Locator("#audit-submit").ClickAsync();
            var first = page.Locator("#audit-rows tr").First;
            await Expect(first).ToContainTextAsync("aud-reader");
            await Expect(first).ToContainTextAsync($"estateId={estate}");
            await Expect(first).ToContainTextAsync("households");
            await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(1);

            await page.Locator("#audit-verify").ClickAsync();
            await Expect(page.Locator("#audit-chain")).ToHaveAttributeAsync("data-intact", "true");
            await Expect(page.Locator("#audit-chain")).ToContainTextAsync("哈希链完整");
            await Artifacts.ScreenshotAsync(page, "audit");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        var operatorPage = await stack.SignedInPageAsync();
        try
        {
            await operatorPage.GotoAsync("/audit.html");
            await Expect(operatorPage.Locator("#audit-error")).ToHaveTextAsync(new Regex("无权查看"));
            await Expect(operatorPage.Locator("#audit-rows tr")).ToHaveCountAsync(0);
        }
        finally
        {
            await operatorPage.Context.CloseAsync();
        }
    }
}
