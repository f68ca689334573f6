using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Anju.Access;
using Anju.Dashboard.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Tests.Access;

/// <summary>Orleans' own dashboard on the dashboard host: its page and its API answer an administrator (the API
/// through this host's Orleans client, from the silo's dashboard grain), refuse anyone else (403) and send a browser
/// without a session to the sign-in page; every route of it is declared for administrators; the header is told.</summary>
[Collection(LiveCollection.Name)]
public sealed class OrleansDashboardAccessTests(LiveStack stack) : IAsyncLifetime
{
    private static readonly TimeSpan CountersTimeout = TimeSpan.FromSeconds(30);

    public Task InitializeAsync() => TestAccounts.EnsureAsync(stack.Silo.ConnectionString, TestAccounts.Admin, TestAccounts.AdminGrants);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrator_gets_the_page_and_its_api_answers_with_the_cluster()
    {
        using var http = await SignedInAsync(TestAccounts.Admin);

        using var page = await http.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Its prebuilt page sets inline styles and embeds its icon font: allowed under its path only, scripts never.
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline';", csp, StringComparison.Ordinal);
        Assert.Contains("font-src 'self' data:;", csp, StringComparison.Ordinal);
        using var screens = await http.GetAsync("/api/config");
        var screensCsp = Assert.Single(screens.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("style-src 'self';", screensCsp, StringComparison.Ordinal);
        Assert.Contains("font-src 'self';", screensCsp, StringComparison.Ordinal);

        using var bare = await http.GetAsync("/orleans");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/orleans/", bare.Headers.Location?.OriginalString);

        // The silos' dashboard grain gathers counters once a second: the first answers may come before it has any.
        JsonElement counters = default;
        await Wait.UntilAsync(async () =>
        {
            using var answer = await http.GetAsync("/orleans/DashboardCounters");
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            counters = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
            return counters.GetProperty("hosts").GetArrayLength() > 0;
        }, CountersTimeout, () => $"Orleans' dashboard counters to list the silo (last: {counters})");
        Assert.True(counters.GetProperty("totalActiveHostCount").GetInt32() >= 1, counters.ToString());

        using var grainTypes = await http.GetAsync("/orleans/GrainTypes");
        Assert.Equal(HttpStatusCode.OK, grainTypes.StatusCode);
    }

    [Theory]
    [InlineData("/orleans/")]
    [InlineData("/orleans/index.min.js")]
    [InlineData("/orleans/DashboardCounters")]
    [InlineData("/orleans/ClusterStats")]
    [InlineData("/orleans/Reminders")]
    public async Task Someone_without_administration_is_refused(string path)
    {
        using var http = await SignedInAsync(TestAccounts.Operator);

        using var answer = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    [Theory]
    [InlineData("/orleans/", "%2Forleans%2F")]
    [InlineData("/orleans/DashboardCounters", "%2Forleans%2FDashboardCounters")]
    public async Task Without_a_session_a_browser_is_sent_to_the_sign_in_page(string path, string returnUrl)
    {
        using var http = Anonymous();

        using var answer = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/signin.html?returnUrl={returnUrl}", answer.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Switched_off_its_pages_are_not_served()
    {
        await using var off = await stack.StartDashboardAsync(overrides: new Dictionary<string, string?> { ["Orleans:Dashboard:Enabled"] = "false" });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = off.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.TokenAsync(stack.Silo.BaseAddress, TestAccounts.Admin));

        using var page = await http.GetAsync("/orleans/");
        using var api = await http.GetAsync("/orleans/DashboardCounters");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, api.StatusCode));
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_naming_it()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => stack.StartDashboardAsync(
            overrides: new Dictionary<string, string?> { ["Orleans:Dashboard:CounterUpdateInterval"] = "00:00:00.100" }));

        Assert.Contains("Orleans:Dashboard:CounterUpdateInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_route_of_it_is_declared_for_administrators()
    {
        var routes = stack.Dashboard.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(OrleansDashboardPages.Path, StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(routes.Count > 10, $"only {routes.Count} routes under {OrleansDashboardPages.Path}");
        Assert.All(routes, e => Assert.Equal(Permission.Administer, e.Metadata.GetMetadata<AccessDeclaration>()?.Permission));
    }

    [Fact]
    public async Task The_screens_are_told_who_administers()
    {
        using var admin = await SignedInAsync(TestAccounts.Admin);
        using var op = await SignedInAsync(TestAccounts.Operator);

        var adminConfig = JsonDocument.Parse(await admin.GetStringAsync("/api/config")).RootElement;
        var operatorConfig = JsonDocument.Parse(await op.GetStringAsync("/api/config")).RootElement;

        Assert.Contains("Administer", adminConfig.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain("Administer", operatorConfig.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    private HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = stack.Dashboard.BaseAddress };

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.TokenAsync(stack.Silo.BaseAddress, userName));
        return http;
    }
}
