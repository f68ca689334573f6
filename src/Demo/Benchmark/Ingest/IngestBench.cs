using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Demo.Benchmark.Security;

namespace Anju.Demo.Benchmark.Ingest;

/// <summary>How fast the device ingest acknowledges events: for each count of integrations, that many closed loops
/// each POST a batch of camera heartbeats to <c>/api/ingest/events</c>, wait for the answer, and send the next. An
/// event counts once its batch answered with it accepted (acknowledged after the ingest made it durable). Prints the
/// acknowledged events per second, each batch's answer time p50/p99 and the silo's share of a core. Every integration
/// has its own API key, as each gateway of a city would (the ingest's rate limit is per key); the keys are revoked at
/// the end.</summary>
public sealed class IngestBench(HttpClient devices, HttpClient admin, IngestBenchOptions o, TextWriter output)
{
    private readonly string _run = "ib" + Guid.NewGuid().ToString("N")[..8]; // ids never repeat across runs either
    private long _tick;
    private (string Id, string Key)[] _keys = [];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        _keys = await Task.WhenAll(Enumerable.Range(1, o.Integrations.Max()).Select(n => KeyAsync(n, ct)));
        try
        {
            return await MeasureAllAsync(ct);
        }
        finally
        {
            await Task.WhenAll(_keys.Select(k => admin.DeleteAsync($"api/ingest/keys/{k.Id}", CancellationToken.None)));
        }
    }

    private async Task<(string Id, string Key)> KeyAsync(int n, CancellationToken ct)
    {
        using var created = await admin.PostAsJsonAsync("api/ingest/keys", new { name = $"bench-ingest {n}" }, ct);
        var body = await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct);
        return (body.GetProperty("keyId").GetString()!, body.GetProperty("key").GetString()!);
    }

    private async Task<int> MeasureAllAsync(CancellationToken ct)
    {
        output.WriteLine($"bench-ingest: {o.Estates} estates x {o.CamerasPerEstate} cameras, batches of {o.BatchSize} heartbeats, "
            + $"{o.Warmup.TotalSeconds:0} s warm-up + {o.Duration.TotalSeconds:0} s per shape");
        output.WriteLine("integrations | acknowledged events/s | batch answer p50 / p99 / max ms | accepted | other (duplicate, rejected, failed) | silo % of a core");
        var failed = false;
        foreach (var integrations in o.Integrations)
        {
            await MeasureAsync(integrations, o.Warmup, ct);
            var (events, other, latency, elapsed, cpu) = await MeasureAsync(integrations, o.Duration, ct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{integrations,12} | {events / elapsed.TotalSeconds,21:N0} | {latency.At(50),6:0.0} / {latency.At(99),6:0.0} / {latency.Max,6:0.0} | {events,8:N0} | {other,8:N0} | {(cpu is { } c ? $"{100 * c / elapsed.TotalSeconds:0}" : "-")}"));
            failed |= other > 0;
        }

        return failed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private async Task<(long Accepted, long Other, BenchLivePercentiles Latency, TimeSpan Elapsed, double? Cpu)> MeasureAsync(int integrations, TimeSpan duration, CancellationToken ct)
    {
        var samples = new List<long>[integrations];
        var counts = new long[integrations, 2];
        var cpuBefore = CpuSampler.CpuSeconds(o.SiloPid);
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, integrations).Select(i => Task.Run(async () =>
        {
            samples[i] = [];
            var estates = Enumerable.Range(1, o.Estates).Where(n => (n - 1) % integrations == i).ToArray();
            if (estates.Length == 0)
            {
                estates = [1 + (i % o.Estates)];
            }

            var cursor = 0;
            while (Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested)
            {
                var body = Batch(estates, ref cursor);
                var sent = Stopwatch.GetTimestamp();
                var (accepted, other) = await PostAsync(_keys[i].Key, body, ct);
                samples[i].Add(Stopwatch.GetElapsedTime(sent).Ticks);
                counts[i, 0] += accepted;
                counts[i, 1] += other;
            }
        }, ct)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = CpuSampler.CpuSeconds(o.SiloPid) - cpuBefore;
                long accepted = 0, rest = 0;
        for (var i = 0; i < integrations; i++)
        {
            (accepted, rest) = (accepted + counts[i, 0], rest + counts[i, 1]);
        }

        return (accepted, rest, new BenchLivePercentiles(samples.SelectMany(s => s)), elapsed, cpu);
    }

    /// <summary>The next <see cref="IngestBenchOptions.BatchSize"/> heartbeats of an integration's cameras, round robin,
    /// each with an id never sent before.</summary>
    private byte[] Batch(int[] estates, ref int cursor)
    {
        var tick = Interlocked.Increment(ref _tick);
        var now = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var k = 0; k < o.BatchSize; k++, cursor++)
            {
                var estate = estates[cursor / o.CamerasPerEstate % estates.Length];
                var camera = cursor % o.CamerasPerEstate;
                IngestSender.Write(json, IngestSender.Id(_run, k, tick), "heartbeat", now, SecurityBenchOptions.EstateId(estate), "cameraId", $"C{camera:D4}", null);
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private async Task<(long Accepted, long Other)> PostAsync(string apiKey, byte[] body, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest/events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Api-Key", apiKey);
            using var response = await devices.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return (0, o.BatchSize);
            }

            using var result = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var accepted = result.RootElement.GetProperty("accepted").GetInt32();
            return (accepted, o.BatchSize - accepted);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (0, o.BatchSize);
        }
    }
}
