using System.Diagnostics;
using Anju.Journal;
using Anju.Silo.Journal;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace Anju.Tests.Integration;

/// <summary>The group-commit journal itself, on the real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public class StateJournalTests(PostgresFixture db, ITestOutputHelper output)
{
    private PostgresStateJournal Journal(string service, int flushesInFlight = 3) =>
        new(db.ConnectionString, service, new JournalOptions { FlushesInFlight = flushesInFlight }, NullLogger<PostgresStateJournal>.Instance);

    private static string Service() => $"j-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task Concurrent_appends_share_commits_and_every_acknowledged_row_is_stored()
    {
        var service = Service();
        const int callers = 128, perCaller = 40;
        await using var journal = Journal(service);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            for (var v = 1; v <= perCaller; v++)
            {
                await journal.AppendAsync($"dwelling/T/{c}", v, new byte[64]);
            }
        })));
        clock.Stop();

        var appends = callers * perCaller;
        output.WriteLine($"{appends} appends from {callers} callers in {clock.Elapsed.TotalMilliseconds:F0} ms: " +
            $"{appends / clock.Elapsed.TotalSeconds:F0} appends/s, {journal.AppendBatches} statements ({(double)appends / journal.AppendBatches:F1} rows each)");
        // One row per grain, its newest state: every caller's last acknowledged version.
        Assert.Equal(callers, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'"));
        Assert.Equal(callers, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}' AND version = {perCaller}"));
        Assert.True(journal.AppendBatches <= appends / 5, $"{journal.AppendBatches} statements for {appends} appends: not grouped");
    }

    [Fact]
    public async Task A_failed_commit_fails_every_append_it_carried_and_stores_none_of_them()
    {
        var service = Service();
        await using var journal = Journal(service, flushesInFlight: 1);
        await using var blocker = new NpgsqlConnection(db.ConnectionString);
        await blocker.OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE anju_state_journal IN ACCESS EXCLUSIVE MODE", blocker, tx))
        {
            await command.ExecuteNonQueryAsync();
        }

        // The first append's statement waits on the lock; everything after it gathers into the next batch,
        // which a key PostgreSQL rejects (a NUL character in text) fails as a whole.
        var first = journal.AppendAsync("dwelling/T/first", 1, new byte[] { 1 });
        await Task.Delay(300);
        var bad = journal.AppendAsync("dwelling/T/bad\0", 1, new byte[] { 1 });
        var others = Enumerable.Range(0, 20).Select(i => journal.AppendAsync($"dwelling/T/other-{i}", 1, new byte[] { 2 })).ToList();
        await tx.CommitAsync();

        await first;
        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        foreach (var other in others)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => other);
        }

        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'"));
        await journal.AppendAsync("dwelling/T/after", 1, new byte[] { 3 }); // the journal carries on
    }

    [Fact]
    public async Task The_grain_keeps_one_row_its_newest_and_pruning_drops_it_only_when_a_snapshot_holds_it()
    {
        var service = Service();
        const string key = "dwelling/T/p";
        await using (var journal = Journal(service))
        {
            foreach (var v in new[] { 3, 4, 5 })
            {
                await journal.AppendAsync(key, v, new byte[] { (byte)v });
            }

            await journal.AppendAsync(key, 5, new byte[] { 55 }); // a retried version replaces its payload
            await journal.AppendAsync(key, 4, new byte[] { 44 }); // an older state never replaces a newer one
            var latest = await journal.ReadLatestAsync(key, 2);
            Assert.Equal(5, latest?.Version);
            Assert.Equal(new byte[] { 55 }, latest?.Payload);
            Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'"));
            Assert.Null(await journal.ReadLatestAsync(key, 5));
            Assert.Null(await journal.ReadLatestAsync("dwelling/T/none", 0));
            journal.Prune(key, 4);
        } // disposal drains the prune

        Assert.Equal(5, await db.ScalarAsync<long>($"SELECT min(version) FROM anju_state_journal WHERE service_id = '{service}'")); // above the prune
        await using var other = Journal(Service());
        Assert.Null(await other.ReadLatestAsync(key, 0)); // services sharing a database do not see each other's rows
    }

    /// <summary>A busy silo prunes grains' rows (after their snapshots) while other batches upsert rows of the same grains.
    /// Two multi-row statements that lock the same rows in different orders deadlock, and PostgreSQL fails one of them:
    /// an append that fails so is a change refused for nothing (it surfaced as HTTP 500s under a live flood).</summary>
    [Fact]
    public async Task Appends_never_fail_for_prunes_of_the_same_grains_running_beside_them()
    {
        var service = Service();
        const int callers = 96, perCaller = 500; // fails every time without the fix (27-51 s of deadlock waits); 4-5 s with it
        var journal = Journal(service);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            for (var v = 1; v <= perCaller; v++)
            {
                try
                {
                    await journal.AppendAsync($"dwelling/D/{c}", v, new byte[2048]);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }

                journal.Prune($"dwelling/D/{(c * 7) % callers}", v - 1); // another grain's snapshot, in another order
            }
        })));

        Assert.True(failures.IsEmpty, $"{failures.Count} appends failed, the first: {failures.FirstOrDefault()}");
        Assert.Equal(callers, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}' AND version = {perCaller}"));

        // Prunes still prune: with nothing written beside them, every row goes.
        for (var c = 0; c < callers; c++)
        {
            journal.Prune($"dwelling/D/{c}", perCaller);
        }

        await journal.DisposeAsync(); // drains the prunes
        Assert.Equal(0, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'"));
    }

    [Fact]
    public async Task Reads_of_many_activating_grains_share_statements_and_each_gets_its_own_row()
    {
        var service = Service();
        const int grains = 600;
        await using var journal = Journal(service, flushesInFlight: 1);
        await Task.WhenAll(Enumerable.Range(0, grains).Where(g => g % 3 != 0).Select(g => journal.AppendAsync($"dwelling/T/r{g}", g % 7 + 2, new[] { (byte)g })));

        // Asked at once, as when a district's grids pull their dwellings: with a floor below, at, or with no row at all.
        var answers = await Task.WhenAll(Enumerable.Range(0, grains).Select(g => journal.ReadLatestAsync($"dwelling/T/r{g}", g % 2 == 0 ? 1 : g % 7 + 2)));
        var twice = await Task.WhenAll(journal.ReadLatestAsync("dwelling/T/r1", 1), journal.ReadLatestAsync("dwelling/T/r1", 3));

        for (var g = 0; g < grains; g++)
        {
            var expected = g % 3 != 0 && g % 2 == 0 ? new JournalEntry(g % 7 + 2, [(byte)g]) : null;
            Assert.Equal(expected?.Version, answers[g]?.Version);
            Assert.Equal(expected?.Payload, answers[g]?.Payload);
        }

        Assert.Equal((3L, (JournalEntry?)null), (twice[0]!.Version, twice[1])); // one key, two floors, one statement
        Assert.True(journal.ReadBatches < grains / 5, $"{journal.ReadBatches} statements for {grains} reads: not grouped");
    }
}
