using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Dashboard.Tests.Live;

/// <summary>The live hub seen from the real .NET SignalR client: snapshot, updates, refusals, cluster panel.</summary>
[Collection(LiveCollection.Name)]
public sealed class SubscribeTests(LiveStack stack)
{
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Subscribe_sends_the_snapshot_first_then_an_occupancy_change_as_an_update()
    {
        var id = await stack.Api.RegisterAsync("鹭江保障房", "HZ", 2);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        var returned = await screen.SubscribeAsync($"estate/{id}");
        var snapshot = await screen.WaitForAsync(LiveScreen.Snapshot);
        var state = await stack.Api.StatusAsync(id);

        // The hub joins the scope's feed before reading the snapshot, so a registration update
        // still in the feed may arrive just before it; nothing newer than the snapshot may.
        Assert.All(screen.Messages.TakeWhile(m => m.Method != LiveScreen.Snapshot), m => Assert.True(m.Version <= snapshot.Version, $"arrived before the snapshot: {m}"));
        Assert.Equal($"estate/{id}", snapshot.Body.GetProperty("scope").GetString());
        Assert.Equal("estate", snapshot.Body.GetProperty("kind").GetString());
        AssertJsonEqual(state, snapshot.Body.GetProperty("payload"));
        AssertJsonEqual(snapshot.Body, returned);

        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        var changed = await stack.Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Allocated") == 1);
        var update = await screen.WaitForAsync(LiveScreen.Updates, u => u.Version >= EstateApi.Version(changed), UpdateTimeout);

        Assert.True(update.Version > snapshot.Version);
        Assert.Equal(1, update.Occupancy.GetProperty("byState").GetProperty("Allocated").GetInt32());
        Assert.Equal(1, update.Occupancy.GetProperty("byState").GetProperty("Vacant").GetInt32());
        AssertJsonEqual(await stack.Api.StatusAsync(id), update.Body.GetProperty("payload"));
    }

    [Theory]
    [InlineData("bogus/1")]
    [InlineData("estate/bad id!")]
    [InlineData("estate/")]
    [InlineData("district/XX")]
    [InlineData("cluster")]
    [InlineData("")]
    public async Task A_malformed_scope_is_refused_and_the_connection_survives(string scope)
    {
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));

        Assert.Equal(HubConnectionState.Connected, screen.Connection.State);
        Assert.DoesNotContain(screen.Messages, m => m.Method == LiveScreen.Snapshot);
    }

    [Fact]
    public async Task An_unknown_estate_is_refused()
    {
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync($"estate/{Fresh.EstateId("NS")}"));

        Assert.Contains("no such estate", refusal.Message);
        Assert.DoesNotContain(screen.Messages, m => m.Method == LiveScreen.Snapshot);
    }

    [Fact]
    public async Task An_unsubscribed_screen_hears_no_more_of_the_scope()
    {
        var id = await stack.Api.RegisterAsync("龙归城保障房", "BY", 1);
        await using var leaver = await LiveScreen.ConnectAsync(stack.Dashboard);
        await using var witness = await LiveScreen.ConnectAsync(stack.Dashboard);
        await leaver.SubscribeAsync($"estate/{id}");
        await witness.SubscribeAsync($"estate/{id}");

        await leaver.Connection.InvokeAsync("Unsubscribe", $"estate/{id}");
        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        var version = EstateApi.Version(await stack.Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Allocated") == 1));

        // Both screens hang off the same host and group send: once the witness has the update,
        // the leaver would have it too had it stayed in the group.
        var update = await witness.WaitForAsync(LiveScreen.Updates, u => u.Version >= version, UpdateTimeout);
        Assert.DoesNotContain(leaver.Messages, m => m.Method == LiveScreen.Updates && m.Version >= update.Version);
    }

    [Fact]
    public async Task SubscribeCluster_returns_the_one_silo_active()
    {
        var siloAddress = stack.Silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.ToString();
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        var status = await screen.Connection.InvokeAsync<JsonElement>("SubscribeCluster");
        var pushed = await screen.WaitForAsync(LiveScreen.Cluster);

        Assert.True(status.GetProperty("connected").GetBoolean(), status.GetRawText());
        var silo = Assert.Single(status.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.Equal(siloAddress, silo.GetProperty("address").GetString());
        AssertJsonEqual(status, pushed.Body);
        await screen.Connection.InvokeAsync("UnsubscribeCluster");
    }

    private static void AssertJsonEqual(JsonElement expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"expected {expected.GetRawText()}\n  actual {actual.GetRawText()}");
}
