using System.Diagnostics;
using System.Net.Http.Json;
using Anju.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Anju.Dashboard.Tests.Observability;

/// <summary>One trace from a command to the screen: the silo's HTTP request, the grains it reaches and their coalescing
/// flushes, the live feed's push and the dashboard host's SignalR send (docs/observability.md).</summary>
[Collection(LiveCollection.Name)]
public sealed class CommandTraceTests(LiveStack stack, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_commands_trace_reaches_the_signalr_sends_of_its_estate_and_district()
    {
        var id = await stack.Api.RegisterAsync("海珠追蹤苑", "HZ", 2);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);
        await screen.SubscribeAsync($"estate/{id}");
        await screen.SubscribeAsync("district/HZ");
        using var collected = new CollectedActivities();

        // The command arrives with a trace of its own, as from a caller that traces (W3C traceparent).
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/estates/{id}/dwellings/{EstateApi.Dwelling(1)}/occupancy")
        {
            Content = JsonContent.Create(new { action = "Allocate", actor = "t" }),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        (await stack.Silo.Http.SendAsync(request)).EnsureSuccessStatusCode();

        IReadOnlyList<Activity> spans = [];
        bool Sent(string scope) => spans.Any(a => a.OperationName == "live send" && Equals(a.GetTagItem("anju.scope"), scope));

        // A span is collected when it stops; the silo's request span stops after its response went out, so the answer
        // can reach this test (and the sends the screens) before that span is collected: wait for it too.
        bool Served() => spans.Any(a => a.Source.Name == "Microsoft.AspNetCore" && a.Kind == ActivityKind.Server);
        await Wait.UntilAsync(() =>
            {
                spans = collected.Of(trace);
                return Sent($"estate/{id}") && Sent("district/HZ") && Served();
            }, Timeout, $"the silo's request and the SignalR sends of estate/{id} and district/HZ in trace {trace}; seen: {Describe(collected.Of(trace))}");
        output.WriteLine(Describe(spans));

        // The way there: the silo's request, the grain calls, the rollups' flushes and the feeds' pushes, one trace.
        Assert.True(Served());
        Assert.Contains(spans, a => a.Source.Name == "Microsoft.Orleans.Application");
        Assert.Contains(spans, a => a.OperationName == "rollup flush");
        Assert.Contains(spans, a => a.OperationName == "live feed push" && Equals(a.GetTagItem("anju.scope"), $"estate/{id}"));
        var byId = spans.ToDictionary(a => a.SpanId);
        foreach (var send in spans.Where(a => a.OperationName == "live send"))
        {
            // Each send hangs from the chain that began at the request, not from a trace of its own.
            Assert.True(byId.ContainsKey(send.ParentSpanId), $"the send of {send.GetTagItem("anju.scope")} has its parent in the trace");
        }
    }

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join('\n', spans.OrderBy(a => a.StartTimeUtc).Select(a => $"{a.StartTimeUtc:HH:mm:ss.fff} {a.Source.Name} {a.OperationName} {a.DisplayName} parent {a.ParentSpanId}"));
}
