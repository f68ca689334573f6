using System.Net.Http.Json;
using Anju.Dwellings;
using Anju.Residency;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Tests.Integration;

/// <summary>A grid that lost its silo rebuilds from its dwellings' stored state, read in one statement, without waking
/// them (PostgreSQL: the Orleans storage row and the journal's newer row, as each dwelling's activation would read).</summary>
[Collection(PostgresCollection.Name)]
public class StoredDwellingsTests(PostgresFixture db)
{
    private static readonly string[] DwellingIds = ["D-1", "D-2", "D-3", "D-4", "D-5"];

    private Task<RunningSilo> StartAsync(string service, string cluster) =>
        RunningSilo.StartAsync(db.ConnectionString, service, b => b.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Orleans:ClusterId"] = cluster }));

    private static IDwellingGrain Dwelling(RunningSilo silo, string estateId, string id) => silo.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id));

    private static async Task<int> DwellingActivationsAsync(RunningSilo silo) =>
        (await silo.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains(nameof(DwellingGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    [Fact]
    public async Task Summaries_read_from_storage_equal_what_each_dwelling_answers_and_wake_none_of_them()
    {
        var service = $"sd-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        var expected = new Dictionary<string, DwellingSummary>();
        await using (var silo = await StartAsync(service, service + "a"))
        {
            var estate = await TestEstates.CreateAsync(silo.Grains, estateId);
            foreach (var id in DwellingIds)
            {
                await estate.AddDwellingAsync(TestEstates.Dwelling(id));
            }

            // D-1 and D-2 change after their first snapshot: their newest state is a journal row; D-3 is allocated.
            await Dwelling(silo, estateId, "D-1").RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow, "I-1", InspectionFinding.NoIssue, null));
            await Dwelling(silo, estateId, "D-2").RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow, "I-2", InspectionFinding.NoIssue, null));
            await Dwelling(silo, estateId, "D-3").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "officer", "test"));
            foreach (var id in DwellingIds)
            {
                expected[id] = await Dwelling(silo, estateId, id).GetSummaryAsync();
            }
        }

        Assert.True(await db.ScalarAsync<long>($"SELECT count(*) FROM anju_state_journal WHERE service_id = '{service}'") >= 2);
        await using (var silo = await StartAsync(service, service + "b"))
        {
            var stored = silo.Services.GetRequiredService<StoredDwellings>();
            Assert.True(stored.Available);
            var read = await stored.SummariesAsync(estateId, [.. DwellingIds, "D-never"], DateTimeOffset.UtcNow);

            Assert.Equal(0, await DwellingActivationsAsync(silo));
            Assert.Equal(DwellingIds.Order(), read.Keys.Order());
            foreach (var id in DwellingIds)
            {
                Assert.Equal(expected[id], read[id]);
            }

            Assert.Equal(2, expected["D-1"].Version);
            Assert.Equal(OccupancyState.Allocated, read["D-3"].State);
        }
    }

    [Fact]
    public async Task A_grid_whose_silo_was_killed_rebuilds_correct_counts_without_waking_its_dwellings()
    {
        var service = $"sg-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        await using (var silo = await StartAsync(service, service + "a"))
        {
            var estate = await TestEstates.CreateAsync(silo.Grains, estateId);
            foreach (var id in DwellingIds)
            {
                await estate.AddDwellingAsync(TestEstates.Dwelling(id));
            }
        }

        using (var doomed = await SiloProcess.StartAsync(db.ConnectionString, service + "b", service))
        {
            foreach (var id in new[] { "D-1", "D-2" })
            {
                var response = await doomed.Http.PostAsJsonAsync(new Uri($"/api/estates/{estateId}/dwellings/{id}/occupancy", UriKind.Relative),
                    new { action = "StartRepair", reason = "leak" });
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            }

            // The grid took both reports (its snapshot is spent, not rewritten): then the silo dies.
            await Wait.EventuallyAsync(
                async () => (await doomed.Http.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/estates/{estateId}", UriKind.Relative)))
                    .GetProperty("occupancy").GetProperty("byState").GetProperty("UnderRepair").GetInt32(),
                n => n == 2);
            doomed.Kill();
        }

        await using (var silo = await StartAsync(service, service + "c"))
        {
            var grid = silo.Grains.GetGrain<Anju.Grids.IGridGrain>(Keys.Grid(estateId, "G1"));
            var summary = await grid.GetSummaryAsync();
            Assert.Equal(0, await DwellingActivationsAsync(silo));
            Assert.Equal(2, summary.Occupancy.ByState.GetValueOrDefault(OccupancyState.UnderRepair));
            Assert.Equal(DwellingIds.Length - 2, summary.Occupancy.ByState.GetValueOrDefault(OccupancyState.Vacant));
        }
    }
}
