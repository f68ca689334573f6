using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Access;

/// <summary>What the dashboard serves to whom: pages only with a session (else the sign-in page), the sign-in page
/// and its files to anyone, and security headers on every answer.</summary>
[Collection(LiveCollection.Name)]
public sealed partial class PageAccessTests(LiveStack stack)
{
    private static readonly string[] Pages = ["/", "/index.html", "/estate.html", "/security.html", "/housing.html", "/incidents.html", "/facilities.html", "/queue.html", "/contracts.html", "/money.html", "/allocation.html", "/grid.html", "/exits.html", "/agency.html", "/community.html"];

    [Theory]
    [InlineData("/", "%2F")]
    [InlineData("/estate.html?id=TH-0001", "%2Festate.html%3Fid%3DTH-0001")]
    [InlineData("/incidents.html", "%2Fincidents.html")]
    public async Task A_page_asked_for_without_a_session_redirects_to_the_sign_in_page(string path, string returnUrl)
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/signin.html?returnUrl={returnUrl}", answer.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/js/screens/wall.js")]
    [InlineData("/js/live.js")]
    [InlineData("/css/wall.css")]
    public async Task Scripts_and_styles_of_the_screens_are_not_served_without_a_session(string path)
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync(path);

        // The cookie scheme sends every browser GET outside /api and /hubs to the sign-in page, files included.
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/signin.html?returnUrl=", answer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_screens_settings_need_a_session()
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync("/api/config");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Theory]
    [InlineData("/signin.html")]
    [InlineData("/js/screens/signin.js")]
    [InlineData("/js/api.js")]
    [InlineData("/js/i18n.js")]
    [InlineData("/js/dom.js")]
    [InlineData("/css/app.css")]
    [InlineData("/css/signin.css")]
    [InlineData("/lib/signalr/signalr.min.js")]
    public async Task The_sign_in_page_and_what_it_loads_need_no_session(string path)
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Health_needs_no_session()
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync("/health");
        using var live = await http.GetAsync("/health/live");
        using var ready = await http.GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (answer.StatusCode, live.StatusCode, ready.StatusCode));
        Assert.Contains("city-figures", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var anonymous = Anonymous();
        using var signedIn = await SignedInAsync();
        var host = stack.Dashboard.BaseAddress.Authority;
        var answers = new List<HttpResponseMessage>
        {
            await anonymous.GetAsync("/signin.html"),
            await anonymous.GetAsync("/"),
            await anonymous.GetAsync("/health"),
            await anonymous.GetAsync("/api/config"),
            await signedIn.GetAsync("/estate.html"),
            await signedIn.GetAsync("/api/config"),
            await signedIn.GetAsync("/api/auth/me"), // forwarded to the silo
        };

        foreach (var answer in answers)
        {
            using (answer)
            {
                var what = $"{answer.RequestMessage!.RequestUri} ({(int)answer.StatusCode})";
                var csp = Assert.Single(answer.Headers.GetValues("Content-Security-Policy"));
                var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
                Assert.True(directives.GetValueOrDefault("default-src") == "default-src 'self'", $"{what}: {csp}");
                Assert.True(directives.GetValueOrDefault("script-src") == "script-src 'self'", $"{what}: {csp}");
                Assert.True(directives.GetValueOrDefault("frame-ancestors") == "frame-ancestors 'none'", $"{what}: {csp}");
                Assert.True(directives.GetValueOrDefault("connect-src") == $"connect-src 'self' ws://{host} wss://{host}", $"{what}: {csp}");
                Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
                Assert.Equal("no-referrer", Assert.Single(answer.Headers.GetValues("Referrer-Policy")));
            }
        }
    }

    [Fact]
    public async Task No_page_runs_inline_script_or_inline_event_handlers()
    {
        using var http = await SignedInAsync();

        foreach (var page in Pages.Append("/signin.html"))
        {
            var html = await http.GetStringAsync(page);
            Assert.Contains("<script", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(InlineHandler(), html);
        }
    }

    private HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = stack.Dashboard.BaseAddress };

    /// <summary>A client with the test operator's bearer token (the policy scheme reads a bearer token as readily as the cookie).</summary>
    private async Task<HttpClient> SignedInAsync()
    {
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.TokenAsync(stack.Silo.BaseAddress, TestAccounts.Operator));
        return http;
    }

    /// <summary>A script element without a src attribute.</summary>
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
