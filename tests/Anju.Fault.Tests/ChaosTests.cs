using System.Diagnostics;
using System.Globalization;
using Anju.Fault.Tests.Harness;

namespace Anju.Fault.Tests;

/// <summary>
/// Chaos as Orleans tests itself: a cluster of three silo processes under a load of numbered commands, one silo killed
/// outright every round and started again on its endpoint half a round later. The commands keep going to whichever
/// silos are up; grains that lived on the killed silo come back elsewhere from their last durable state. At the end
/// the history checker proves nothing acknowledged was lost or applied twice and the rollups equal a fresh count, and
/// incidents filed before the first kill, whose SLA clocks run out during the rounds, show each clock fired exactly once
/// (<see cref="SlaClocks"/>), and a wall screen on a dashboard host of its own never goes more than 30 s without an update
/// (<see cref="LiveWatch"/>).
/// Rounds and their length: <c>ANJU_CHAOS_ROUNDS</c> (default 3) and <c>ANJU_CHAOS_ROUND_SECONDS</c> (default 20), so
/// CI stays bounded; <c>docs/faults.md</c> gives the longer run's figures.
/// </summary>
[Collection(FaultCollection.Name)]
public class ChaosTests(PostgresFixture db, ITestOutputHelper output)
{
    private static readonly int Rounds = Setting("ANJU_CHAOS_ROUNDS", 3);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(Setting("ANJU_CHAOS_ROUND_SECONDS", 20));

    [Fact]
    public async Task Three_silos_with_one_killed_every_round_lose_nothing_acknowledged()
    {
        var service = $"fc-{Guid.NewGuid():N}"[..16];
        var cluster = service + "-run";
        var (estateId, dwellings) = await FaultCity.SeedAsync(db.ConnectionString, service, 400);
        var silos = new List<SiloProcess>();
        for (var i = 0; i < 3; i++)
        {
            silos.Add(await SiloProcess.StartAsync(db.ConnectionString, cluster, service, settings: SlaClocks.Settings));
        }

        var up = silos.ToList();
        var turn = 0;
        HttpClient? Pick()
        {
            lock (up)
            {
                return up.Count == 0 ? null : up[(int)((uint)Interlocked.Increment(ref turn) % up.Count)].Http;
            }
        }

        var load = new CommandLoad(estateId, dwellings.Skip(12).ToList(), dwellings.Take(12).ToList(), Pick);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(senders: 6, stop.Token);
        var progress = new List<string>();
        DashboardProcess? dashboard = null;
        LiveWatch? watch = null;
        try
        {
            var incidents = await SlaClocks.FileAsync(silos[0].Http, estateId, 6);
            dashboard = await DashboardProcess.StartAsync(db.ConnectionString, cluster, service, silos[0].BaseAddress);
            watch = await LiveWatch.StartAsync(dashboard.Hub, () => (Pick() is { } http ? http.BaseAddress : null) ?? silos[0].BaseAddress, $"estate/{estateId}");
            await Wait.UntilAsync(() => load.Acknowledged >= 200, TimeSpan.FromSeconds(90), "200 acknowledged commands before the first kill");
            for (var round = 0; round < Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                var victim = silos[round % silos.Count];
                lock (up)
                {
                    up.Remove(victim);
                }

                var before = load.Acknowledged;
                victim.Kill();
                await Task.Delay(Round / 2);
                var whileDown = load.Acknowledged - before;
                var back = await SiloProcess.StartAsync(db.ConnectionString, cluster, service, samePortsAs: victim, settings: SlaClocks.Settings);
                victim.Dispose();
                silos[round % silos.Count] = back;
                lock (up)
                {
                    up.Add(back);
                }

                progress.Add($"round {round + 1}: {whileDown} acknowledged while one silo was down, back after {clock.Elapsed.TotalSeconds:F0} s");
                var rest = Round - clock.Elapsed;
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest);
                }
            }

            var end = load.Acknowledged;
            await Wait.UntilAsync(() => load.Acknowledged >= end + 100, TimeSpan.FromSeconds(120), "100 more acknowledged after the last round");
            var (gap, batches) = watch.Gaps();
            await stop.CancelAsync();
            await running;

            await load.SettleAsync(acknowledgedSample: 50, TimeSpan.FromSeconds(180));
            var problems = await HistoryChecker.CheckAsync(silos[0].Http, load, dwellings);
            output.WriteLine(HistoryChecker.Brief(problems));
            output.WriteLine($"{Rounds} rounds of {Round.TotalSeconds:F0} s: {load.Summary}");
            progress.ForEach(output.WriteLine);
            output.WriteLine($"dashboard client: {batches} update batches, longest gap {gap.TotalSeconds:F1} s, {watch.Reconnects} reconnects");
            var clocks = await SlaClocks.CheckAsync(silos[0].Http, incidents, TimeSpan.FromSeconds(150));
            output.WriteLine(clocks.Count == 0 ? $"SLA clocks: each of {incidents.Count} cases' clocks fired exactly once" : $"SLA clocks: {string.Join("; ", clocks)}");
            Assert.True(problems.Length == 0, $"{problems}\n{string.Join('\n', progress)}\n--- silo log ---\n{silos[0].LogTail}");
            Assert.Empty(load.Surprises);
            Assert.Empty(clocks);
            Assert.True(gap <= TimeSpan.FromSeconds(30), $"the dashboard client went {gap.TotalSeconds:F1} s without an update\n--- dashboard log ---\n{dashboard.LogTail}");
        }
        finally
        {
            await stop.CancelAsync();
            if (watch is not null)
            {
                await watch.DisposeAsync();
            }

            dashboard?.Dispose();
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
