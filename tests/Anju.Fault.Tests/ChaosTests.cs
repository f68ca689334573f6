using System.Diagnostics;
using System.Globalization;
using Anju.Fault.Tests.Harness;

namespace Anju.Fault.Tests;

/// <summary>
/// Chaos as Orleans tests itself: a cluster of three silo processes under a load of numbered commands, one silo killed
/// outright every round and started again on its endpoint half a round later. The commands keep going to whichever
/// silos are up; grains that lived on the killed silo come back elsewhere from their last durable state. At the end
/// the history checker proves nothing acknowledged was lost or applied twice and the rollups equal a fresh count.
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
            silos.Add(await SiloProcess.StartAsync(db.ConnectionString, cluster, service));
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
        try
        {
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
                var back = await SiloProcess.StartAsync(db.ConnectionString, cluster, service, samePortsAs: victim);
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
            await stop.CancelAsync();
            await running;

            await load.SettleAsync(acknowledgedSample: 50, TimeSpan.FromSeconds(180));
            var problems = await HistoryChecker.CheckAsync(silos[0].Http, load, dwellings);
            output.WriteLine(HistoryChecker.Brief(problems));
            output.WriteLine($"{Rounds} rounds of {Round.TotalSeconds:F0} s: {load.Summary}");
            progress.ForEach(output.WriteLine);
            Assert.True(problems.Length == 0, $"{problems}\n{string.Join('\n', progress)}\n--- silo log ---\n{silos[0].LogTail}");
            Assert.Empty(load.Surprises);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
