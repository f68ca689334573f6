using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Live;

/// <summary>Screens act through the silo's API by way of the dashboard's own origin.</summary>
[Collection(LiveCollection.Name)]
public sealed class ApiForwardingTests(LiveStack stack)
{
    [Fact]
    public async Task Api_calls_to_the_dashboard_reach_the_silo_with_their_answers_unchanged()
    {
        var id = await stack.Api.RegisterAsync("棠德花苑", "TH", 2);
        // Signed in at the dashboard's own origin: the token request is forwarded too.
        using var http = await TestAccounts.ClientAsync(stack.Dashboard.BaseAddress, TestAccounts.Operator);

        var viaDashboard = await http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}/structure");
        var direct = await stack.Silo.Http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}/structure");
        Assert.Equal(direct.GetRawText(), viaDashboard.GetRawText());

        // Commands go through too, and the silo's problem details come back as they are.
        using var bad = await http.PostAsJsonAsync($"/api/estates/{id}/dwellings/{EstateApi.Dwelling(1)}/occupancy", new { action = "Fly" });
        await ProblemAssert.StatusAsync(bad, HttpStatusCode.BadRequest);

        using var missing = await http.GetAsync("/api/estates/NO-SUCH-ESTATE");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_dashboards_own_config_is_not_forwarded()
    {
        using var http = await TestAccounts.ClientAsync(stack.Dashboard.BaseAddress, TestAccounts.Operator);
        var config = await http.GetFromJsonAsync<JsonElement>("/api/config");
        Assert.Equal("TH-0001", config.GetProperty("featuredEstate").GetString());
    }
}
