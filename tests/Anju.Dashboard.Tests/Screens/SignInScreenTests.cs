using System.Text.RegularExpressions;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The sign-in page in real Chromium: a page asked for without a session leads there, the person signs in
/// (with the authenticator code their post needs) and lands on the page they asked for, with their name and post in
/// the header; a wrong password says so and signs nobody in.</summary>
[Collection(ScreenCollection.Name)]
public sealed class SignInScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task Signing_in_on_the_sign_in_page_leads_to_the_page_asked_for_with_the_person_in_the_header()
    {
        var estate = await stack.Live.Api.RegisterAsync("猎德保障房", "TH", 1);
        var page = await stack.NewPageAsync();
        try
        {
            await page.GotoAsync($"/estate.html?id={estate}");
            await Expect(page).ToHaveURLAsync(new Uri(stack.Live.Dashboard.BaseAddress, $"signin.html?returnUrl=%2Festate.html%3Fid%3D{estate}").ToString());
            await Expect(page.Locator("#signin-heading")).ToHaveTextAsync("安居 · 指挥中心登录");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

            await page.Locator("#lang").ClickAsync();
            await Expect(page.Locator("#signin-heading")).ToHaveTextAsync("Anju · Command Centre sign-in");
            await Expect(page.Locator("label[for=password]")).ToHaveTextAsync("Password");
            await Expect(page.Locator("#lang")).ToHaveTextAsync("中文");
            await page.Locator("#lang").ClickAsync();
            await Expect(page.Locator("label[for=password]")).ToHaveTextAsync("密码");

            await page.Locator("#username").FillAsync(TestAccounts.Operator);
            await page.Locator("#password").FillAsync(TestAccounts.Password);
            await page.Locator("#signin-submit").ClickAsync();
            // The housing office reads personal data: its post signs in with two factors.
            await Expect(page.Locator("#signin-error")).ToHaveTextAsync("请输入身份验证器上显示的 6 位验证码");
            await Expect(page.Locator("#code")).ToBeVisibleAsync();
            await page.Locator("#code").FillAsync(TestAccounts.Code());
            await page.Locator("#signin-submit").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Uri(stack.Live.Dashboard.BaseAddress, $"estate.html?id={estate}").ToString());
            await Expect(page.Locator("#estate-name")).ToHaveTextAsync("猎德保障房", Load);
            await Expect(page.Locator("#person-name")).ToHaveTextAsync($"測試 {TestAccounts.Operator}");
            await Expect(page.Locator("#person-roles")).ToHaveTextAsync("住房保障办 · 安保主管");
            await Expect(page.Locator("#signout")).ToHaveTextAsync("退出登录");
            await Artifacts.ScreenshotAsync(page, "signed-in-estate");

            await page.Locator("#signout").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(stack.Live.Dashboard.BaseAddress, "signin.html").ToString());
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Uri(stack.Live.Dashboard.BaseAddress, "signin.html?returnUrl=%2F").ToString());
        }
        finally
        {
            await Artifacts.ScreenshotAsync(page, "signin-last");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_signs_nobody_in()
    {
        var user = $"signin-{Guid.NewGuid():N}"[..15];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, user, [new Grant(Role.CityOperator, ScopeKind.City, "")], twoFactor: false);
        var page = await stack.NewPageAsync();
        try
        {
            await page.GotoAsync("/signin.html");
            await page.Locator("#username").FillAsync(user);
            await page.Locator("#password").FillAsync("Not-The-Password-1");
            await page.Locator("#signin-submit").ClickAsync();

            await Expect(page.Locator("#signin-error")).ToHaveTextAsync("用户名、密码或验证码不正确");
            await Artifacts.ScreenshotAsync(page, "signin-wrong-password");
            await page.Locator("#lang").ClickAsync();
            await Expect(page.Locator("#signin-error")).ToHaveTextAsync("The user name, password or code is not right");
            await Expect(page.Locator("#code-row")).ToBeHiddenAsync();
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex("/signin\\.html\\?returnUrl="));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
