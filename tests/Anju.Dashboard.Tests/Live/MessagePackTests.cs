using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Dashboard.Tests.Live;

/// <summary>
/// The live hub over SignalR's MessagePack protocol, as a .NET screen or tool would use it: every kind of scope
/// snapshots and updates in it (a payload is written by its runtime type, so a type MessagePack cannot write would
/// abort the connection), with .NET property names and enums by name, the same figures the JSON screens get.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class MessagePackTests(LiveStack stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_MessagePack_screen_gets_every_kind_of_snapshot_and_then_updates_with_enum_names()
    {
        var id = await stack.Api.RegisterAsync("赤沙保障房", "HZ", 2);
        var filed = await stack.Silo.Http.PostAsJsonAsync("/api/incidents", new
        {
            category = "Pets", severity = "Minor", description = "犬只未拴绳", actor = "居民", location = new { estateId = id, gridId = "G1" },
        });
        filed.EnsureSuccessStatusCode();
        var incidentId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("incidentId").GetString();

        var updates = Channel.CreateUnbounded<Dictionary<object, object>>();
        await using var connection = stack.Dashboard.NewHubConnection(configure: b => b.AddMessagePackProtocol());
        connection.On<object[]>(LiveScreen.Updates, batch =>
        {
            foreach (var update in batch)
            {
                updates.Writer.TryWrite((Dictionary<object, object>)update);
            }
        });
        await connection.StartAsync().WaitAsync(Timeout);

        var estate = await SubscribeAsync(connection, $"estate/{id}", "estate");
        Assert.Equal(id, ((Dictionary<object, object>)Payload(estate)["Profile"])["EstateId"]);
        Assert.Equal(2, Convert.ToInt32(ByState(Payload(estate))["Vacant"]));

        var district = await SubscribeAsync(connection, "district/HZ", "district");
        Assert.Contains(Items(Payload(district)["Estates"]), e => Equals(e["EstateId"], id));

        var city = await SubscribeAsync(connection, "city", "city");
        Assert.Contains(Items(Payload(city)["Districts"]), d => Equals(d["Code"], "HZ"));

        var incidents = await SubscribeAsync(connection, $"incidents/{id}", "incidents");
        var open = Assert.Single(Items(incidents["Payload"]));
        Assert.Equal(incidentId, open["IncidentId"]);
        Assert.Equal("Pets", open["Category"]);
        Assert.Equal("Minor", open["Severity"]);

        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        using var expiry = new CancellationTokenSource(Timeout);
        Dictionary<object, object> update;
        do
        {
            update = await updates.Reader.ReadAsync(expiry.Token);
        }
        while (!Equals(update["Scope"], $"estate/{id}") || Convert.ToInt32(ByState(Payload(update)).GetValueOrDefault("Allocated", 0)) != 1);

        Assert.True(Convert.ToInt64(update["Version"]) > Convert.ToInt64(estate["Version"]));
        var json = await stack.Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Allocated") == 1);
        Assert.Equal(EstateApi.InState(json, "Vacant"), Convert.ToInt32(ByState(Payload(update))["Vacant"]));
        Assert.Equal(EstateApi.Occupancy(json).GetProperty("dwellings").GetInt32(), Convert.ToInt32(((Dictionary<object, object>)Payload(update)["Occupancy"])["Dwellings"]));
    }

    private static async Task<Dictionary<object, object>> SubscribeAsync(HubConnection connection, string scope, string kind)
    {
        var snapshot = await connection.InvokeAsync<Dictionary<object, object>>("Subscribe", scope).WaitAsync(Timeout);
        Assert.Equal(scope, snapshot["Scope"]);
        Assert.Equal(kind, snapshot["Kind"]);
        return snapshot;
    }

    private static Dictionary<object, object> Payload(Dictionary<object, object> update) => (Dictionary<object, object>)update["Payload"];

    private static Dictionary<object, object> ByState(Dictionary<object, object> status) =>
        (Dictionary<object, object>)((Dictionary<object, object>)status["Occupancy"])["ByState"];

    private static IReadOnlyList<Dictionary<object, object>> Items(object list) => [.. ((object[])list).Cast<Dictionary<object, object>>()];
}
