using Anju.Dashboard.Live;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Anju.Dashboard.Tests.Live;

/// <summary>
/// A screen that stops taking messages (a wall PC on a choked link, a hung browser that still answers pings) must not
/// hold up the other screens of its dashboard host: not those of other scopes at all, and those of its own scopes for no
/// longer than <see cref="LiveRelayOptions.SendTimeout"/>, after which it is disconnected and resynchronises on return.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class SlowScreenTests(LiveStack stack, ITestOutputHelper output)
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan FloodLimit = TimeSpan.FromSeconds(45);
    private const int FloodedEstates = 24;

    [Fact]
    public async Task A_screen_that_takes_nothing_is_disconnected_and_holds_up_no_other_scope_meanwhile()
    {
        await using var host = await stack.StartDashboardAsync(overrides: new Dictionary<string, string?>
        {
            ["LiveRelay:SendTimeout"] = SendTimeout.ToString(),
        });
        var connections = host.Services.GetRequiredService<HubConnections>();
        var flooded = new List<string>();
        for (var i = 0; i < FloodedEstates; i++)
        {
            flooded.Add(await stack.Api.RegisterAsync($"慢屏测试苑{i}", "PY", 1));
        }

        var other = await stack.Api.RegisterAsync("快屏测试苑", "PY", 1);

        // The slow screen watches every flooded estate and, once subscribed, reads nothing more (it still pings, as a
        // live client does, so the host's client timeout never closes it).
        // It watches the city and the district too: their figures change with every estate and weigh the most.
        await using var slow = await StalledScreen.ConnectAsync(host.HubAddress, await TestAccounts.TokenAsync(stack.Silo.BaseAddress, TestAccounts.Operator), ["city", "district/PY", .. flooded.Select(id => $"estate/{id}")]);

        // The screen beside it shares one flooded scope with it and watches one more of its own.
        await using var screen = await LiveScreen.ConnectAsync(host);
        await screen.SubscribeAsync($"estate/{flooded[0]}");
        await screen.SubscribeAsync($"estate/{other}");
        Assert.Equal(2, connections.Count);

        // Change every estate, round after round, until the host gives up on the slow screen.
        var flood = System.Diagnostics.Stopwatch.StartNew();
        var start = screen.Now;
        var rounds = 0;
        TimeSpan? closedAt = null;
        while (closedAt is null || flood.Elapsed < closedAt + TimeSpan.FromSeconds(1))
        {
            Assert.True(flood.Elapsed < FloodLimit, $"the host still held the slow screen after {FloodLimit} of changes ({rounds} rounds)");
            var action = rounds++ % 2 == 0 ? "Allocate" : "CancelAllocation";
            await Task.WhenAll(flooded.Append(other).Select(id => stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), action)));
            await Task.Delay(50); // faster than the feed's four a second per scope is all it takes
            if (closedAt is null && connections.Count == 1)
            {
                closedAt = flood.Elapsed;
            }
        }

        var end = screen.Now;
        Assert.Equal(HubConnectionState.Connected, screen.Connection.State); // only the stalled screen was closed
        var last = rounds % 2 == 1 ? "Allocated" : "Vacant";

        // Both scopes of the screen beside it end on their newest state.
        foreach (var id in new[] { flooded[0], other })
        {
            var final = await stack.Api.StatusWhenAsync(id, s => EstateApi.InState(s, last) == 1);
            await screen.WaitForAsync(LiveScreen.Updates, u => Scope(u) == $"estate/{id}" && u.Version >= EstateApi.Version(final), TimeSpan.FromSeconds(10));
        }

        // Its own scope kept coming the whole time: never a pause near the send timeout, as the flooded scope had.
        var mine = screen.Messages.Where(m => m.Method == LiveScreen.Updates && m.At >= start && m.At <= end).ToList();
        var gaps = Gaps(mine.Where(m => Scope(m) == $"estate/{other}"));
        var sharedGaps = Gaps(mine.Where(m => Scope(m) == $"estate/{flooded[0]}"));
        output.WriteLine($"{rounds} rounds; slow screen closed after {closedAt?.TotalSeconds:F1} s; longest pause of the other scope " +
            $"{gaps.Max().TotalMilliseconds:F0} ms, of the shared one {sharedGaps.Max().TotalMilliseconds:F0} ms");
        // Held behind the stalled scopes' sends, it would pause a whole send timeout at least.
        Assert.True(gaps.Max() < SendTimeout, $"the other scope paused {gaps.Max().TotalMilliseconds:F0} ms while the slow screen held its own");
    }

    private static string? Scope(Received update) => update.Body.GetProperty("scope").GetString();

    private static List<TimeSpan> Gaps(IEnumerable<Received> updates)
    {
        var at = updates.Select(u => u.At).ToList();
        return at.Count < 2 ? [TimeSpan.MaxValue] : [.. at.Zip(at.Skip(1), (a, b) => b - a)];
    }
}
