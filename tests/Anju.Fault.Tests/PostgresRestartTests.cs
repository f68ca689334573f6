using System.Diagnostics;
using Anju.Fault.Tests.Harness;

namespace Anju.Fault.Tests;

/// <summary>PostgreSQL stopped and started again while a silo takes a load of numbered commands: the silo stays up,
/// calls during the outage are answered 503 with Retry-After (or time out), nothing acknowledged is lost, and service
/// resumes by itself once the database is back.</summary>
[Collection(FaultCollection.Name)]
public class PostgresRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task The_silo_rides_out_a_database_restart_and_loses_nothing_acknowledged()
    {
        await using var database = await PrivatePostgres.StartAsync();
        var service = $"fp-{Guid.NewGuid():N}"[..16];
        var (estateId, dwellings) = await FaultCity.SeedAsync(database.ConnectionString, service, 300);
        using var silo = await SiloProcess.StartAsync(database.ConnectionString, service + "-run", service);
        var load = new CommandLoad(estateId, dwellings.Skip(12).ToList(), dwellings.Take(12).ToList(), () => silo.Http);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(senders: 6, stop.Token);
        try
        {
            await Wait.UntilAsync(() => load.Acknowledged >= 200, TimeSpan.FromSeconds(90), "200 acknowledged commands before the outage");
            await database.StopAsync();
            var down = Stopwatch.StartNew();
            await Task.Delay(Outage);
            var (unavailable, _) = load.Unavailable;
            await database.StartAgainAsync();
            var before = load.Acknowledged;
            await Wait.UntilAsync(() => load.Acknowledged >= before + 200, TimeSpan.FromSeconds(120),
                "200 more acknowledged once the database is back (service resumes by itself)");
            var resumedAfter = down.Elapsed;
            await stop.CancelAsync();
            await running;

            Assert.False(silo.HasExited, $"the silo exited during the outage:\n{silo.LogTail}");
            Assert.True(unavailable > 0, "no call was answered 503 while the database was down");
            var (total, withRetryAfter) = load.Unavailable;
            Assert.Equal(total, withRetryAfter);
            await load.SettleAsync(acknowledgedSample: 50, TimeSpan.FromSeconds(120));
            var problems = await HistoryChecker.CheckAsync(silo.Http, load, dwellings);
            output.WriteLine(HistoryChecker.Brief(problems));
            output.WriteLine($"{load.Summary}; 200 more acknowledged {resumedAfter.TotalSeconds:F1} s after the database stopped ({Outage.TotalSeconds:F0} s outage)");
            Assert.True(problems.Length == 0, $"{problems}\n--- silo log ---\n{silo.LogTail}");
            Assert.Empty(load.Surprises);
            Assert.True(resumedAfter < TimeSpan.FromSeconds(90), $"service took {resumedAfter} to resume");
        }
        finally
        {
            await stop.CancelAsync();
        }
    }
}
