using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Live;

/// <summary>A screen that was away — its connection dropped, or the dashboard host restarted —
/// resubscribes and is back in sync: the snapshot carries what changed meanwhile.</summary>
[Collection(LiveCollection.Name)]
public sealed class ReconnectTests(LiveStack stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_screen_that_reconnects_and_resubscribes_gets_what_changed_while_it_was_away()
    {
        var id = await stack.Api.RegisterAsync("金沙洲保障房", "BY", 2);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);
        var before = await screen.SubscribeAsync($"estate/{id}");

        await screen.Connection.StopAsync();
        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
        var now = await stack.Api.StatusWhenAsync(id, s => EstateApi.Occupancy(s).GetProperty("occupied").GetInt32() == 1);
        await screen.Connection.StartAsync().WaitAsync(Timeout);
        var again = await screen.SubscribeAsync($"estate/{id}");

        Assert.Equal(0, EstateApi.Occupancy(before.GetProperty("payload")).GetProperty("occupied").GetInt32());
        Assert.Equal(EstateApi.Version(now), EstateApi.Version(again));
        Assert.True(JsonElement.DeepEquals(now, again.GetProperty("payload")), $"expected {now.GetRawText()}\n  actual {again.GetRawText()}");
    }

    [Fact]
    public async Task After_the_dashboard_restarts_on_its_address_a_resubscribed_screen_is_in_sync_and_live_again()
    {
        var id = await stack.Api.RegisterAsync("长岭居", "HP", 2);
        var first = await stack.StartDashboardAsync();
        var port = first.Port;
        LiveScreen? screen = null;
        RunningDashboard? second = null;
        try
        {
            screen = await LiveScreen.ConnectAsync(first);
            await screen.SubscribeAsync($"estate/{id}");
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            screen.Connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };

            await first.DisposeAsync();
            first = null;
            await closed.Task.WaitAsync(Timeout);
            await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
            var whileAway = await stack.Api.StatusWhenAsync(id, s => EstateApi.InState(s, "Allocated") == 1);

            second = await stack.StartDashboardAsync(port);
            await screen.Connection.StartAsync().WaitAsync(Timeout);
            var again = await screen.SubscribeAsync($"estate/{id}");
            Assert.Equal(EstateApi.Version(whileAway), EstateApi.Version(again));
            Assert.Equal(1, EstateApi.InState(again.GetProperty("payload"), "Allocated"));

            // The new host is on the feed: the next change reaches the screen as an update.
            await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
            var update = await screen.WaitForAsync(LiveScreen.Updates, u => u.Occupancy.GetProperty("occupied").GetInt32() == 1, Timeout);
            Assert.True(update.Version > EstateApi.Version(again));
        }
        finally
        {
            if (screen is not null)
            {
                await screen.DisposeAsync();
            }

            if (second is not null)
            {
                await second.DisposeAsync();
            }

            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }
    }
}
