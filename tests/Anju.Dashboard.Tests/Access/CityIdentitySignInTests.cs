using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Anju.Dashboard.Tests.Access;

/// <summary>Sign-in through the city's unified identity, at the dashboard: off by default; when configured, the sign-in
/// page is told so and the start of the sign-in sends the browser to the provider's authorization endpoint (read from
/// its discovery document) with the code flow and PKCE, returning to this host. The provider here is a discovery
/// document served on loopback; what happens after the provider (the linked account's principal) is
/// <c>Anju.Tests.Access.CityIdentityTests</c>.</summary>
[Collection(LiveCollection.Name)]
public sealed class CityIdentitySignInTests(LiveStack stack)
{
    [Fact]
    public async Task It_is_off_by_default()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.Dashboard.BaseAddress };
        Assert.False((await http.GetFromJsonAsync<JsonElement>("/signin/options")).GetProperty("cityIdentity").GetBoolean());
        using var start = await http.GetAsync("/signin/city-identity");
        // Not mapped: like any page without a session, it leads to the sign-in page, never to a provider.
        Assert.True(start.StatusCode == HttpStatusCode.NotFound || start.Headers.Location?.ToString().Contains("signin.html", StringComparison.Ordinal) == true,
            $"{(int)start.StatusCode} {start.Headers.Location}");
    }

    [Fact]
    public async Task When_configured_the_browser_is_sent_to_the_provider_with_the_code_flow_and_pkce()
    {
        var providerPort = FreePort.Next();
        var provider = $"http://127.0.0.1:{providerPort}";
        await using var discovery = Discovery(provider);
        await discovery.StartAsync();
        await using var dashboard = await stack.StartDashboardAsync(overrides: new Dictionary<string, string?>
        {
            ["Access:Oidc:Authority"] = provider,
            ["Access:Oidc:ClientId"] = "anju-dashboard",
            ["Access:Oidc:RequireHttpsMetadata"] = "false",
        });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = dashboard.BaseAddress };

        Assert.True((await http.GetFromJsonAsync<JsonElement>("/signin/options")).GetProperty("cityIdentity").GetBoolean());
        using var start = await http.GetAsync("/signin/city-identity?returnUrl=%2Festate.html");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var to = start.Headers.Location!;
        Assert.Equal($"{provider}/authorize", to.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(to.Query);
        Assert.Equal(("anju-dashboard", "code", "S256"), (query["client_id"], query["response_type"], query["code_challenge_method"]));
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(new Uri(dashboard.BaseAddress, "signin-oidc").ToString(), query["redirect_uri"]);
    }

    private static WebApplication Discovery(string issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer);
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{issuer}/authorize",
            ["token_endpoint"] = $"{issuer}/token",
            ["jwks_uri"] = $"{issuer}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        return app;
    }
}
