using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.Driving;
using Anju.Demo.Guangzhou;
using Anju.Demo.Seeding;
using Anju.Demo.Terminal;

namespace Anju.Demo.Benchmark;

/// <summary>
/// The live-feed benchmark: seeds the city when the database is empty, connects N real SignalR screens to the
/// dashboard (each on one district, spread over the eleven), drives events through the public API at the set
/// rate, and after a warm-up measures for a fixed time how long acknowledged events take to reach the screens
/// (see <see cref="BenchLiveScreen"/>), how many messages each screen gets, and the CPU of the dashboard, the
/// silo and the machine. Then it stops by itself and prints the figures. The target: p99 &lt; 250 ms with
/// 150,000 dwellings, 2,000 events/s and 200 screens. The screens sign in as <paramref name="viewer"/>, whose grant
/// must reach every district (demo-city's city grant does).
/// </summary>
public sealed class BenchLive(AnjuApi api, BenchLiveOptions options, ApiSession viewer)
{
    private const string HubPath = "hubs/live";
    private const int ConnectAtOnce = 20;
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StatusEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan UnseenAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan InventoryRetry = TimeSpan.FromSeconds(10);
    private const int InventoryAttempts = 4;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            var seeded = await new Seeder(api, new SeedOptions(options.City, Force: false)).RunAsync(ct);
            if (seeded != ExitCodes.Ok)
            {
                return seeded;
            }

            var clock = Stopwatch.StartNew();
            var (book, problem) = await Inventory.LoadAsync(api, ct);
            for (var attempt = 1; book is null && attempt < InventoryAttempts; attempt++)
            {
                // A silo started just now may time out while its districts pull every estate: give it time.
                Console.WriteLine($"Listing the city failed ({problem}); trying again in {InventoryRetry.TotalSeconds:F0} s …");
                await Task.Delay(InventoryRetry, ct);
                (book, problem) = await Inventory.LoadAsync(api, ct);
            }

            if (book is not { Count: > 0 })
            {
                Console.Error.WriteLine(problem ?? "No estates or dwellings found.");
                return ExitCodes.Failed;
            }

            Console.WriteLine($"Found {book.Count} dwellings in {book.Estates} estates in {clock.Elapsed.TotalSeconds:F1} s.");
            if (options.Prewarm)
            {
                await PrewarmAsync(book, ct);
            }

            return await MeasureAsync(book, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("bench-live cancelled.");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Reads every dwelling once (activating it on the silo), as a running silo would hold them.</summary>
    private async Task PrewarmAsync(DwellingBook book, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var failed = 0;
        await Parallel.ForEachAsync(book.All, new ParallelOptions { MaxDegreeOfParallelism = options.MaxInFlight, CancellationToken = ct }, async (d, token) =>
        {
            if (!(await api.GetDwellingAsync(d.EstateId, d.DwellingId, token)).IsSuccess)
            {
                Interlocked.Increment(ref failed);
            }
        });
        Console.WriteLine($"Pre-warmed {book.Count} dwellings in {clock.Elapsed.TotalSeconds:F1} s ({book.Count / clock.Elapsed.TotalSeconds:F0}/s, {failed} failed).");
    }

    private async Task<int> MeasureAsync(DwellingBook book, CancellationToken ct)
    {
        var pids = (Dashboard: options.DashboardPid ?? BenchLiveProc.PidListeningOn(options.Dashboard.Port),
            Silo: options.SiloPid ?? BenchLiveProc.PidListeningOn(options.Api.Port));
        Console.WriteLine($"CPU of dashboard pid {Show(pids.Dashboard)}, silo pid {Show(pids.Silo)}, this process pid {Environment.ProcessId}.");

        var acks = new BenchLiveAcks();
        var window = new BenchLiveWindow();
        var screens = await ConnectAsync(acks, window, ct);
        try
        {
            var load = new BenchLiveLoad(api, book, acks, options.Rate, options.Seed, options.MaxInFlight);
            var start = DateTime.UtcNow + options.Warmup;
            window.Open(start, start + options.Duration);
            Console.WriteLine($"Driving {options.Rate:0.#} events/s: {options.Warmup.TotalSeconds:F0} s warm-up, then {options.Duration.TotalSeconds:F0} s measured …");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            stop.CancelAfter(options.Warmup + options.Duration);
            var driving = load.RunAsync(stop.Token);
            var status = ReportProgressAsync(load.Stats, screens, stop.Token);

            await DelayUntilAsync(window.Start, ct);
            var (before, eventsBefore, loadBefore) = (BenchLiveCpu.Read(pids.Dashboard, pids.Silo), load.Stats.Snapshot(), BenchLiveProc.LoadAverage());
            await DelayUntilAsync(window.End, ct);
            var (after, eventsAfter, loadAfter) = (BenchLiveCpu.Read(pids.Dashboard, pids.Silo), load.Stats.Snapshot(), BenchLiveProc.LoadAverage());

            Console.WriteLine("Window over: stopping the load …");
            await driving;
            await status;
            ct.ThrowIfCancellationRequested();

            var result = new BenchLiveResult(
                options, TimeSpan.FromSeconds(Stopwatch.GetElapsedTime(before.At, after.At).TotalSeconds), eventsAfter.Since(eventsBefore), api.Retries,
                new BenchLivePercentiles(screens.SelectMany(s => s.Oldest)), new BenchLivePercentiles(screens.SelectMany(s => s.Every)),
                new BenchLivePercentiles(screens.SelectMany(s => s.ToEstate)),
                new BenchLiveTimeline(window.Start, window.Length, screens.SelectMany(s => s.OldestSeen)),
                [.. screens.Select(s => s.Messages.InWindow)], screens.Sum(s => (long)s.Unseen(window.End - UnseenAfter)),
                screens.Sum(s => s.Mismatched),
                before, after, pids, loadBefore, loadAfter);
            result.Print(Console.Out);
            return result.Oldest.Count > 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        finally
        {
            await Task.WhenAll(screens.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Connects the screens, a few at a time, district by district in turn.</summary>
    private async Task<IReadOnlyList<BenchLiveScreen>> ConnectAsync(BenchLiveAcks acks, BenchLiveWindow window, CancellationToken ct)
    {
        var hub = new Uri(options.Dashboard, HubPath);
        var screens = Enumerable.Range(0, options.Clients)
            .Select(i => new BenchLiveScreen(hub, $"district/{Districts.All[i % Districts.All.Count].Code}", options.Protocol, acks, window, viewer))
            .ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(screens, new ParallelOptions { MaxDegreeOfParallelism = ConnectAtOnce, CancellationToken = ct },
                async (screen, token) => await screen.StartAsync(token));
        }
        catch
        {
            await Task.WhenAll(screens.Select(s => s.DisposeAsync().AsTask()));
            throw;
        }

        Console.WriteLine($"Connected {screens.Count} screens to {hub} in {clock.Elapsed.TotalSeconds:F1} s.");
        return screens;
    }

    /// <summary>A line every 10 s: events sent and acknowledged, messages the screens received.</summary>
    private async Task ReportProgressAsync(DriveStats stats, IReadOnlyList<BenchLiveScreen> screens, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (last, lastMessages, lastAt) = (stats.Snapshot(), 0L, TimeSpan.Zero);
        using var timer = new PeriodicTimer(StatusEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (now, at) = (stats.Snapshot(), clock.Elapsed);
                var messages = screens.Sum(s => s.Messages.All);
                var interval = now.Since(last);
                var seconds = (at - lastAt).TotalSeconds;
                Console.WriteLine($"[{Durations.Short(at)}] sent {interval.Sent / seconds:F0}/s  ok {interval.Ok / seconds:F0}/s  errors {interval.Errors}  "
                    + $"in flight {now.InFlight}  API avg {interval.AverageLatency.TotalMilliseconds:F0} ms  "
                    + $"screens {(messages - lastMessages) / seconds / Math.Max(1, screens.Count):F2} msg/s each"
                    + (interval.Dropped > 0 ? $"  behind: dropped {interval.Dropped}" : "")
                    + (interval.Errors > 0 && stats.LastError is { } error ? $"  last error: {error}" : ""));
                (last, lastMessages, lastAt) = (now, messages, at);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static async Task DelayUntilAsync(DateTime due, CancellationToken ct)
    {
        var wait = due - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }
    }

    private static string Show(int? pid) => pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(not found)";
}
