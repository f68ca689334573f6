using System.Diagnostics;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Anju.Dashboard.Tests.Live;

/// <summary>The feed grain's coalescing, seen where it matters: on a screen's wire.</summary>
[Collection(LiveCollection.Name)]
public sealed class CoalescingTests(LiveStack stack, ITestOutputHelper output)
{
    private const int Dwellings = 4;

    /// <summary>The burst goes on until it holds several times the changes the cap allows for the time it has taken (the
    /// check is then meaningful however slow the machine is), but never past this many.</summary>
    private const int MaxChanges = 2_000;

    [Fact]
    public async Task A_burst_of_changes_reaches_the_screen_at_the_capped_rate_and_ends_on_the_final_state()
    {
        var id = await stack.Api.RegisterAsync("南沙保障房", "NS", Dwellings);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);
        await screen.SubscribeAsync($"estate/{id}");

        // Changes as fast as the API takes them, in rounds: each round allocates every dwelling concurrently and
        // cancels it again. Then a last allocation of each and one move-in, a state the burst never passes through.
        var start = screen.Now;
        var burst = Stopwatch.StartNew();
        var changes = 0;
        Task Round(params string[] commands) => Task.WhenAll(Enumerable.Range(1, Dwellings).Select(async d =>
        {
            foreach (var command in commands)
            {
                await stack.Api.ChangeAsync(id, EstateApi.Dwelling(d), command);
            }
        }));
        do
        {
            await Round("Allocate", "CancelAllocation");
            changes += Dwellings * 2;
        }
        while (changes < 28 || (changes < MaxChanges && changes <= 3 * ((LiveStack.MaxUpdatesPerSecond * burst.Elapsed.TotalSeconds) + 2)));

        await Round("Allocate");
        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "MoveIn");
        changes += Dwellings + 1;
        burst.Stop();
        var final = await stack.Api.StatusWhenAsync(id, s => EstateApi.Occupancy(s).GetProperty("occupied").GetInt32() == 1);
        var last = await screen.WaitForAsync(LiveScreen.Updates, u => u.Version >= EstateApi.Version(final), TimeSpan.FromSeconds(5));

        var updates = screen.Messages.Where(m => m.Method == LiveScreen.Updates && m.At >= start).ToList();
        var messages = updates.Select(u => u.Message).Distinct().Count();
        var elapsed = (last.At - start).TotalSeconds;
        var cap = (LiveStack.MaxUpdatesPerSecond * elapsed) + 2;
        var timeline = string.Join('\n', updates);
        output.WriteLine($"{changes} changes sent in {burst.Elapsed.TotalSeconds:F2}s; {messages} Updates messages in {elapsed:F2}s (cap {cap:F1}):\n{timeline}");
        Assert.True(changes > cap, $"the burst took {burst.Elapsed.TotalSeconds:F2}s, too slow to tell coalescing from none (cap {cap:F1} ≥ {changes} changes)");
        Assert.True(messages <= cap, $"{messages} Updates messages in {elapsed:F2}s, cap {cap:F1}:\n{timeline}");

        // Latest wins: the last thing on the wire is the final state, in full, never a state from the rounds.
        Assert.Same(last, updates[^1]);
        Assert.True(JsonElement.DeepEquals(final, last.Body.GetProperty("payload")), $"final {final.GetRawText()}\nlast {last}");
        Assert.Equal(Dwellings - 1, last.Occupancy.GetProperty("byState").GetProperty("Allocated").GetInt32());
        Assert.Equal(1, last.Occupancy.GetProperty("byState").GetProperty("Occupied").GetInt32());
    }
}
