using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dwellings;
using Anju.Residency;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Integration;

/// <summary>Dwelling changes are durable once acknowledged, whether the silo stops cleanly or dies (PostgreSQL).</summary>
[Collection(PostgresCollection.Name)]
public class DwellingJournalRestartTests(PostgresFixture db)
{
    private const string DwellingId = "D-1";

    /// <summary>The same Orleans service (storage, journal) under a fresh cluster id: no dead silo to wait out.</summary>
    private Task<RunningSilo> StartAsync(string service, string cluster, Dictionary<string, string?>? settings = null) =>
        RunningSilo.StartAsync(db.ConnectionString, service, b => b.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(settings ?? []) { ["Orleans:ClusterId"] = cluster }));

    private Task<long> JournalRowsAsync(string service) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'");

    private Task<long> NewestJournaledAsync(string service) =>
        db.ScalarAsync<long>($"SELECT coalesce(max(version), 0) FROM anju_state_journal WHERE service_id = '{service}'");

    private static async Task CreateDwellingAsync(RunningSilo silo, string estateId)
    {
        var estate = await TestEstates.CreateAsync(silo.Grains, estateId);
        await estate.AddDwellingAsync(TestEstates.Dwelling(DwellingId));
    }

    private static IDwellingGrain Dwelling(RunningSilo silo, string estateId) => silo.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, DwellingId));

    [Fact]
    public async Task Every_acknowledged_change_survives_a_silo_killed_without_deactivation()
    {
        var service = $"dk-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        const int changes = 12;
        await using (var silo = await StartAsync(service, service + "a"))
        {
            await CreateDwellingAsync(silo, estateId);
        }

        using (var doomed = await SiloProcess.StartAsync(db.ConnectionString, service + "b", service))
        {
            for (var i = 1; i <= changes; i++)
            {
                var response = await doomed.Http.PostAsJsonAsync(new Uri($"/api/estates/{estateId}/dwellings/{DwellingId}/inspections", UriKind.Relative),
                    new { inspector = $"I-{i}", finding = "NoIssue" });
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(1 + i, body.RootElement.GetProperty("version").GetInt64());
            }

            doomed.Kill();
        }

        // The snapshot still holds version 1; the journal holds the newest state, as one row.
        Assert.Equal((1L, 1L + changes), (await JournalRowsAsync(service), await NewestJournaledAsync(service)));

        await using (var silo = await StartAsync(service, service + "c"))
        {
            var recovered = await Dwelling(silo, estateId).GetAsync();
            Assert.Equal(1 + changes, recovered.Version);
            Assert.Equal(Enumerable.Range(1, changes).Select(i => $"I-{i}"), recovered.Inspections.Select(x => x.Inspector));

            await CollectIdleAsync(silo);
            // Going idle snapshotted the recovered state and pruned its row.
            Assert.Equal(0, await Wait.EventuallyAsync(() => JournalRowsAsync(service), n => n == 0));
        }

        await using (var silo = await StartAsync(service, service + "d"))
        {
            Assert.Equal(1 + changes, (await Dwelling(silo, estateId).GetAsync()).Version); // from the snapshot alone
        }
    }

    /// <summary>Deactivates every idle grain of the silo, as Orleans' idle collection would in time.</summary>
    private static Task CollectIdleAsync(RunningSilo silo) =>
        silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>A silo shutting down does not snapshot its dwellings (the journal holds them, and under load a snapshot
    /// each outlasted the shutdown): the rows stay and the next activation takes them; going idle folds them in.</summary>
    [Fact]
    public async Task A_clean_restart_keeps_every_change_and_leaves_the_snapshot_to_going_idle()
    {
        var service = $"dc-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        const int changes = 7;
        await using (var silo = await StartAsync(service, service + "a"))
        {
            await CreateDwellingAsync(silo, estateId);
            for (var i = 1; i <= changes; i++)
            {
                await Dwelling(silo, estateId).RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow, $"I-{i}", InspectionFinding.NoIssue, null));
            }

            Assert.Equal((1L, 1L + changes), (await JournalRowsAsync(service), await NewestJournaledAsync(service)));
        }

        Assert.Equal((1L, 1L + changes), (await JournalRowsAsync(service), await NewestJournaledAsync(service)));
        await using (var silo = await StartAsync(service, service + "b"))
        {
            var reread = await Dwelling(silo, estateId).GetAsync();
            Assert.Equal(1 + changes, reread.Version);
            Assert.Equal(changes, reread.Inspections.Count);

            await CollectIdleAsync(silo);
            Assert.Equal(0, await Wait.EventuallyAsync(() => JournalRowsAsync(service), n => n == 0));
        }

        await using (var silo = await StartAsync(service, service + "c"))
        {
            Assert.Equal(changes, (await Dwelling(silo, estateId).GetAsync()).Inspections.Count);
        }
    }

    [Fact]
    public async Task A_busy_dwelling_snapshots_every_few_versions_and_its_journal_stays_short()
    {
        var service = $"ds-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        await using var silo = await StartAsync(service, service + "a", new() { ["Journal:SnapshotEvery"] = "5" });
        await CreateDwellingAsync(silo, estateId);
        for (var i = 1; i <= 23; i++)
        {
            await Dwelling(silo, estateId).RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow, $"I-{i}", InspectionFinding.NoIssue, null));
        }

        // Snapshots at v6, v11, v16, v21 each hold what was journaled; v24, newer than the last, is the one row left.
        var newest = await Wait.EventuallyAsync(() => NewestJournaledAsync(service), v => v == 24);
        Assert.Equal((1L, 24L), (await JournalRowsAsync(service), newest));
    }

    [Fact]
    public async Task A_long_occupancy_trail_moves_to_the_archive_and_reads_back_whole_after_a_restart()
    {
        var service = $"dh-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        const int steps = 17;
        var settings = new Dictionary<string, string?> { ["Journal:SnapshotEvery"] = "4", ["Dwellings:HistoryKept"] = "3" };
        DwellingSnapshot last;
        await using (var silo = await StartAsync(service, service + "a", settings))
        {
            await CreateDwellingAsync(silo, estateId);
            last = await ChangeBackAndForthAsync(Dwelling(silo, estateId), steps);

            // Snapshots every 4 versions archive whenever 6 or more are held, down to the 3 kept.
            Assert.InRange(last.History.Count, 3, 6);
            Assert.Equal(steps, last.HistoryFrom + last.History.Count);
            await Wait.EventuallyAsync(ArchivedAsync, n => n > 0);
            AssertWholeTrail(await Dwelling(silo, estateId).GetAsync());
        }

        // The clean stop snapshotted what the last answer showed: the archive holds exactly what the state does not.
        Assert.Equal(last.HistoryFrom, await ArchivedAsync());
        await using (var silo = await StartAsync(service, service + "b", settings))
        {
            var reread = await Dwelling(silo, estateId).GetAsync();
            AssertWholeTrail(reread);
            Assert.Equal(last.Version, reread.Version);
        }

        Task<long> ArchivedAsync() =>
            db.ScalarAsync<long>($"SELECT count(*) FROM anju_occupancy_history WHERE service_id = '{service}'");

        static void AssertWholeTrail(DwellingSnapshot dwelling)
        {
            Assert.Equal(0, dwelling.HistoryFrom);
            Assert.Equal(Enumerable.Range(1, steps).Select(i => i % 5 == 0 ? null : $"step {i}"), dwelling.History.Select(t => t.Reason));
            Assert.Equal(Enumerable.Range(1, steps).Select(i => i % 2 == 1 ? OccupancyAction.Allocate : OccupancyAction.CancelAllocation),
                dwelling.History.Select(t => t.Action));
            Assert.All(dwelling.History.Zip(dwelling.History.Skip(1)), p => Assert.True(p.First.At <= p.Second.At));
        }
    }

    /// <summary>Allocates and cancels in turn (reason "step i", none every fifth): a trail of known order.</summary>
    private static async Task<DwellingSnapshot> ChangeBackAndForthAsync(IDwellingGrain dwelling, int steps)
    {
        DwellingSnapshot last = null!;
        for (var i = 1; i <= steps; i++)
        {
            var action = i % 2 == 1 ? OccupancyAction.Allocate : OccupancyAction.CancelAllocation;
            last = await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(action, "officer", i % 5 == 0 ? null : $"step {i}"));
        }

        return last;
    }
}
