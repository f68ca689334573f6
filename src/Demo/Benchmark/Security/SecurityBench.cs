using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using HdrHistogram;

namespace Anju.Demo.Benchmark.Security;

/// <summary><c>bench-security</c>: sets up the estates, then sends heartbeats and check-ins on a fixed
/// one-second schedule for the duration, silencing a few cameras per wave; reports offline detection
/// latency, send lag (backlog), response time, and the silo's CPU share. <paramref name="data"/> is signed in for the
/// set-up and the alarm reads, <paramref name="admin"/> as an administrator for the ingest key; <paramref name="devices"/>
/// carries only that key, as the integrations would.</summary>
public sealed class SecurityBench(HttpClient data, HttpClient admin, HttpClient devices, SecurityBenchOptions o)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Console.WriteLine($"Setting up {o.Estates} estates, {o.Cameras} cameras, {o.Guards} guards…");
        var setupWatch = Stopwatch.StartNew();
        var key = await new SecuritySetup(data, admin, o).RunAsync(ct);
        Console.WriteLine($"Setup done in {setupWatch.Elapsed.TotalSeconds:F0} s.");

        using var sender = new IngestSender(devices, key, maxInFlight: 32);
        var probe = new OfflineProbe(data);
        using var probing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var probeTask = probe.RunAsync(probing.Token);
        var random = new Random(o.Seed);
        var run = $"{DateTime.UtcNow:HHmmss}";
        var guardsPerEstate = (o.Guards + o.Estates - 1) / o.Estates;
        var lastBeat = new DateTimeOffset[o.Cameras];
        var silencedUntil = new DateTimeOffset[o.Cameras];
        var beatSlots = (int)o.Heartbeat.TotalSeconds;
        var checkInSlots = (int)o.CheckIn.TotalSeconds;
        var silenceStops = o.Duration - o.CameraTimeout - TimeSpan.FromSeconds(20); // detections land inside the run
        var nextWave = TimeSpan.FromSeconds(10);
        var silenced = 0;

        var cpuStart = CpuSampler.CpuSeconds(o.SiloPid);
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task>();
        for (long tick = 0; ; tick++)
        {
            var due = start + (tick * Stopwatch.Frequency);
            var elapsed = TimeSpan.FromSeconds(tick);
            if (elapsed >= o.Duration || ct.IsCancellationRequested)
            {
                break;
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, CancellationToken.None);
            }

            var now = DateTimeOffset.UtcNow;
            if (elapsed >= nextWave && elapsed < silenceStops)
            {
                nextWave += o.SilenceEvery;
                for (var k = 0; k < o.SilencePerWave; k++)
                {
                    var cam = random.Next(o.Cameras);
                    if (silencedUntil[cam] < now && lastBeat[cam] != default)
                    {
                        silencedUntil[cam] = now + o.CameraTimeout + TimeSpan.FromSeconds(40); // then it comes back
                        probe.Silenced((cam / o.CamerasPerEstate) + 1, $"C{cam % o.CamerasPerEstate:D4}", lastBeat[cam], now);
                        silenced++;
                    }
                }
            }

            // One batch per integration (a VMS or handset gateway serving every n-th estate).
            var buffers = Enumerable.Range(0, o.Integrations).Select(_ => new ArrayBufferWriter<byte>()).ToArray();
            var writers = buffers.Select(b => new Utf8JsonWriter(b)).ToArray();
            var counts = new int[o.Integrations];
            foreach (var w in writers)
            {
                w.WriteStartArray();
            }

            for (var cam = (int)(tick % beatSlots); cam < o.Cameras; cam += beatSlots)
            {
                if (silencedUntil[cam] >= now)
                {
                    continue;
                }

                var estate = (cam / o.CamerasPerEstate) + 1;
                var i = estate % o.Integrations;
                IngestSender.Write(writers[i], IngestSender.Id($"hb{run}", cam, tick), "heartbeat", now, SecurityBenchOptions.EstateId(estate), "cameraId", $"C{cam % o.CamerasPerEstate:D4}", null);
                lastBeat[cam] = now;
                counts[i]++;
            }

            for (var guard = (int)(tick % checkInSlots); guard < o.Guards; guard += checkInSlots)
            {
                var estate = (guard / guardsPerEstate) + 1;
                var i = estate % o.Integrations;
                var checkpoint = $"CP{(int)((tick / checkInSlots) + guard) % SecuritySetup.CheckpointsPerEstate:D2}";
                IngestSender.Write(writers[i], IngestSender.Id($"ci{run}", guard, tick), "checkin", now, SecurityBenchOptions.EstateId(estate), "guardId", $"G{guard % guardsPerEstate:D3}", checkpoint);
                counts[i]++;
            }

            for (var i = 0; i < o.Integrations; i++)
            {
                writers[i].WriteEndArray();
                await writers[i].FlushAsync(CancellationToken.None);
                if (counts[i] > 0)
                {
                    sends.Add(await sender.SendAsync(buffers[i].WrittenSpan.ToArray(), counts[i], due, elapsed < o.Duration / 2, CancellationToken.None));
                }

                await writers[i].DisposeAsync();
            }

            if (tick % 10 == 0)
            {
                var t = sender.Totals;
                Console.WriteLine($"{elapsed.TotalSeconds,5:F0} s  events {t.Events,9}  accepted {t.Accepted,9}  rejected {t.Rejected,5}  failed {t.Failed,5}  lag p99 {Seconds(sender.Lag, 99):F3} s  silenced {silenced}  detected {probe.Detected}");
            }
        }

        await Task.WhenAll(sends);
        var wall = Stopwatch.GetElapsedTime(start);
        var cpuEnd = CpuSampler.CpuSeconds(o.SiloPid);
        var drain = Stopwatch.StartNew();
        while (probe.Pending > 0 && drain.Elapsed < o.CameraTimeout + TimeSpan.FromSeconds(30) && !ct.IsCancellationRequested)
        {
            await Task.Delay(1000, CancellationToken.None);
        }

        await probing.CancelAsync();
        await probeTask;
        await probe.PollOnceAsync(CancellationToken.None);
        Report(sender, probe, wall, silenced, cpuStart, cpuEnd);
        return probe.Detected > 0 && sender.Totals.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private void Report(IngestSender sender, OfflineProbe probe, TimeSpan wall, int silenced, double? cpuStart, double? cpuEnd)
    {
        var t = sender.Totals;
        Console.WriteLine();
        Console.WriteLine($"bench-security: {o.Cameras} cameras every {o.Heartbeat.TotalSeconds:F0} s + {o.Guards} guards every {o.CheckIn.TotalMinutes:F0} min, {wall.TotalSeconds:F0} s, {o.Integrations} integrations");
        Console.WriteLine($"  events sent        {t.Events} ({t.Events / wall.TotalSeconds:F0}/s): accepted {t.Accepted}, duplicate {t.Duplicate}, rejected {t.Rejected}, failed {t.Failed}");
        Console.WriteLine($"  offline detection  {probe.Detected} of {silenced} silenced cameras detected; last heartbeat → alarm p50 {Seconds(probe.Latency, 50):F1} s, p99 {Seconds(probe.Latency, 99):F1} s, max {Seconds(probe.Latency, 100):F1} s (timeout {o.CameraTimeout.TotalSeconds:F0} s, target p99 < {2 * o.CameraTimeout.TotalSeconds:F0} s)");
        Console.WriteLine($"  send lag (backlog) p50 {Seconds(sender.Lag, 50):F3} s, p99 {Seconds(sender.Lag, 99):F3} s, max {Seconds(sender.Lag, 100):F3} s; p99 first half {Seconds(sender.LagFirstHalf, 99):F3} s, second half {Seconds(sender.LagSecondHalf, 99):F3} s");
        Console.WriteLine($"  batch response     p50 {Seconds(sender.Response, 50) * 1000:F0} ms, p99 {Seconds(sender.Response, 99) * 1000:F0} ms, max {Seconds(sender.Response, 100) * 1000:F0} ms");
        if (cpuStart is { } a && cpuEnd is { } b)
        {
            var cores = (b - a) / wall.TotalSeconds;
            Console.WriteLine($"  silo CPU           {b - a:F1} s over {wall.TotalSeconds:F0} s = {cores * 100:F0}% of one core, {cores / Environment.ProcessorCount * 100:F0}% of the machine's {Environment.ProcessorCount} cores");
        }
        else
        {
            Console.WriteLine("  silo CPU           not measured (pass --silo-pid)");
        }
    }

    private static double Seconds(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / (double)Stopwatch.Frequency;
}
