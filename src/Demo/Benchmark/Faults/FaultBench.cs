using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Benchmark.Faults;

/// <summary>
/// The fault storm: <see cref="FaultBenchOptions.Faults"/> lift controllers report a trapped passenger through the
/// device ingest within <see cref="FaultBenchOptions.Over"/>, each on a lift of its own. Measured per fault, from the
/// moment its ingest request was sent: until its work order is in the company's queue as a screen sees it
/// (<c>queue/{contract}</c> on the live hub, MessagePack), and until its alarm is on the wall's ticker (the city's
/// <c>alarms</c> scope). Then the orders are counted through the API: nothing dropped means one order per fault sent.
/// </summary>
public sealed class FaultBench(HttpClient data, HttpClient admin, HttpClient devices, ApiSession screens, FaultBenchOptions o)
{
    private const string Code = "trapped-passenger";
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var run = DateTime.UtcNow.ToString("MMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var setup = new FaultBenchSetup(data, admin, o, run);
        var clock = Stopwatch.StartNew();
        var key = await setup.RunAsync(ct);
        Console.WriteLine($"Set up {o.Estates} estates with {o.LiftsPerEstate} fresh lifts each (run {run}) in {clock.Elapsed.TotalSeconds:F1} s.");

        var hub = new Uri(o.Dashboard, "hubs/live");
        await using var queues = new FaultBenchScreen(hub, screens);
        await queues.StartAsync(Enumerable.Range(1, o.Estates).Select(n => $"queue/{FaultBenchOptions.ContractId(FaultBenchOptions.EstateId(n))}"), ct);
        await using var ticker = new FaultBenchScreen(hub, screens);
        string? tickerProblem = null;
        try
        {
            await ticker.StartAsync(["alarms"], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            tickerProblem = $"the wall's ticker (scope `alarms`) is not available: {ex.Message}";
        }

        var faults = Enumerable.Range(0, o.Faults).Select(i => (Estate: FaultBenchOptions.EstateId((i % o.Estates) + 1), Lift: setup.Lift((i / o.Estates) + 1))).ToList();
        var sent = new long[o.Faults];
        var (accepted, rejected, responses) = await StormAsync(key, run, faults, sent, ct);
        Console.WriteLine($"Sent {o.Faults} {Code} events in {o.Over.TotalSeconds:F0} s: {accepted} accepted, {rejected} rejected; batch response {responses}.");

        var deadline = DateTime.UtcNow + o.Settle;
        while (DateTime.UtcNow < deadline && !faults.All(f => queues.SeenAt(f.Estate, f.Lift) is not null && (tickerProblem is not null || ticker.SeenAt(f.Estate, f.Lift) is not null)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }

        var toQueue = Latencies(faults, sent, queues);
        var toTicker = Latencies(faults, sent, ticker);
        var orders = await CountOrdersAsync(run, ct);
        Console.WriteLine($"To the company's queue: {toQueue}; seen {toQueue.Count} of {o.Faults}.");
        Console.WriteLine(tickerProblem ?? $"To the wall's ticker: {toTicker}; seen {toTicker.Count} of {o.Faults}.");
        var intact = orders == o.Faults && accepted == o.Faults;
        Console.WriteLine($"Orders counted through the API: {orders} for {o.Faults} faults sent — {(intact ? "nothing dropped" : "MISMATCH")}.");
        return intact && toQueue.Count == o.Faults ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Sends each fault at its time in the window: every tick one ingest batch of the faults due (not awaited,
    /// so a slow answer does not delay the next batch). Returns accepted, rejected and the batch responses' percentiles.</summary>
    private async Task<(int Accepted, int Rejected, BenchLivePercentiles Responses)> StormAsync(
        string key, string run, List<(string Estate, string Lift)> faults, long[] sent, CancellationToken ct)
    {
        var accepted = 0;
        var rejected = 0;
        var responses = new List<long>();
        var batches = new List<Task>();
        var start = Stopwatch.StartNew();
        var next = 0;
        while (next < faults.Count)
        {
            var due = (int)Math.Min(faults.Count, Math.Ceiling(faults.Count * start.Elapsed.TotalMilliseconds / o.Over.TotalMilliseconds));
            if (due > next)
            {
                var from = next;
                var at = DateTime.UtcNow;
                var events = Enumerable.Range(from, due - from).Select(i =>
                {
                    sent[i] = at.Ticks;
                    return new
                    {
                        id = $"bench-faults-{run}-{i}", source = "bench-faults", timestamp = new DateTimeOffset(at), kind = "fault",
                        payload = new { estateId = faults[i].Estate, deviceId = faults[i].Lift, code = Code },
                    };
                }).ToList();
                next = due;
                batches.Add(Task.Run(async () =>
                {
                    var took = Stopwatch.StartNew();
                    var (a, r) = await SendAsync(key, events, ct);
                    lock (responses)
                    {
                        responses.Add(took.Elapsed.Ticks);
                        accepted += a;
                        rejected += r;
                    }
                }, ct));
            }

            await Task.Delay(Tick, ct);
        }

        await Task.WhenAll(batches);
        return (accepted, rejected, new BenchLivePercentiles(responses));
    }

    private async Task<(int Accepted, int Rejected)> SendAsync(string key, IReadOnlyList<object> events, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest/events") { Content = JsonContent.Create(events) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await devices.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return (0, events.Count);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (body.GetProperty("accepted").GetInt32(), body.GetProperty("rejected").GetInt32());
    }

    private static BenchLivePercentiles Latencies(List<(string Estate, string Lift)> faults, long[] sent, FaultBenchScreen screen) =>
        new(faults.Select((f, i) => screen.SeenAt(f.Estate, f.Lift) is { } seen ? Math.Max(0, seen - sent[i]) : (long?)null).OfType<long>());

    /// <summary>The run's trapped-passenger orders, counted estate by estate through the API.</summary>
    private async Task<int> CountOrdersAsync(string run, CancellationToken ct)
    {
        var total = 0;
        for (var n = 1; n <= o.Estates; n++)
        {
            var orders = await data.GetFromJsonAsync<List<WorkOrderSummaryView>>($"api/facilities/estates/{FaultBenchOptions.EstateId(n)}/orders", ApiJson.Options, ct) ?? [];
            total += orders.Count(x => x.Code == Code && x.FacilityId.StartsWith($"LIFT-{run}-", StringComparison.Ordinal));
        }

        return total;
    }
}
