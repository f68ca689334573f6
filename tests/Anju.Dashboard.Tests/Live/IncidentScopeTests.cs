using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Live;

/// <summary>The live scope <c>incidents/{estateId}</c>: a snapshot of the open cases, then the list again when one is filed.</summary>
[Collection(LiveCollection.Name)]
public sealed class IncidentScopeTests(LiveStack stack)
{
    [Fact]
    public async Task An_estates_incident_scope_sends_its_open_cases_and_a_new_one_as_an_update()
    {
        var id = await stack.Api.RegisterAsync("琶洲保障房", "HZ", 1);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        await screen.SubscribeAsync($"incidents/{id}");
        var snapshot = await screen.WaitForAsync(LiveScreen.Snapshot);
        Assert.Equal("incidents", snapshot.Body.GetProperty("kind").GetString());
        Assert.Equal(0, snapshot.Body.GetProperty("payload").GetArrayLength());

        var filed = await stack.Silo.Http.PostAsJsonAsync("/api/incidents", new
        {
            category = "Pets", severity = "Minor", description = "犬只未拴绳", actor = "居民", location = new { estateId = id, gridId = "G1" },
        });
        filed.EnsureSuccessStatusCode();
        var incidentId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("incidentId").GetString();

        var update = await screen.WaitForAsync(LiveScreen.Updates, u => u.Body.GetProperty("payload").GetArrayLength() == 1, TimeSpan.FromSeconds(10));
        Assert.Equal(incidentId, update.Body.GetProperty("payload")[0].GetProperty("incidentId").GetString());
    }
}
