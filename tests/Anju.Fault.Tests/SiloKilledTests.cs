using Anju.Fault.Tests.Harness;

namespace Anju.Fault.Tests;

/// <summary>A silo killed outright (SIGKILL: no deactivation, no shutdown) while it takes a load of numbered commands,
/// then started again in the same cluster: every acknowledged change is in the grains' state, and the commands sent
/// again with their ids (those whose answer was lost, and some that were answered) are applied once.</summary>
[Collection(FaultCollection.Name)]
public class SiloKilledTests(PostgresFixture db, ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_killed_mid_load_loses_nothing_acknowledged_and_retries_apply_once()
    {
        var service = $"fk-{Guid.NewGuid():N}"[..16];
        var (estateId, dwellings) = await FaultCity.SeedAsync(db.ConnectionString, service, 300);
        SiloProcess? current = await SiloProcess.StartAsync(db.ConnectionString, service + "-run", service);
        var load = new CommandLoad(estateId, dwellings.Skip(12).ToList(), dwellings.Take(12).ToList(), () => Volatile.Read(ref current)?.Http);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(senders: 6, stop.Token);
        SiloProcess? restarted = null;
        try
        {
            await Wait.UntilAsync(() => load.Acknowledged >= 200, TimeSpan.FromSeconds(90), "200 acknowledged commands before the kill");
            current.Kill(); // the senders keep sending: their requests fail until the silo is back
            var before = load.Acknowledged;
            var down = System.Diagnostics.Stopwatch.StartNew();
            restarted = await SiloProcess.StartAsync(db.ConnectionString, service + "-run", service, samePortsAs: current);
            output.WriteLine($"the restarted silo answered /health {down.Elapsed.TotalSeconds:F1} s after the kill");
            Volatile.Write(ref current, restarted);
            await Wait.UntilAsync(() => load.Acknowledged >= before + 200, TimeSpan.FromSeconds(120), "200 more acknowledged after the restart");
            await stop.CancelAsync();
            await running;

            await load.SettleAsync(acknowledgedSample: 50, TimeSpan.FromSeconds(120));
            var problems = await HistoryChecker.CheckAsync(restarted.Http, load, dwellings);
            output.WriteLine(HistoryChecker.Brief(problems));
            output.WriteLine(load.Summary);
            Assert.True(problems.Length == 0, $"{problems}\n--- silo log ---\n{restarted.LogTail}");
            Assert.Empty(load.Surprises);
        }
        finally
        {
            await stop.CancelAsync();
            current?.Dispose();
            restarted?.Dispose();
        }
    }
}
