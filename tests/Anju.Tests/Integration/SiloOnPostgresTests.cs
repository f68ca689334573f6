using Anju.Dwellings;
using Anju.Estates;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Integration;

/// <summary>The three Orleans ADO.NET providers, proven against the real PostgreSQL with our schema.</summary>
[Collection(PostgresCollection.Name)]
public class SiloOnPostgresTests(PostgresFixture db)
{
    private static string ClusterId() => $"it-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task State_written_through_the_AdoNet_provider_survives_a_silo_restart()
    {
        var cluster = ClusterId();
        var estateId = Fresh.EstateId();
        await using (var silo = await RunningSilo.StartAsync(db.ConnectionString, cluster))
        {
            var estate = await TestEstates.CreateAsync(silo.Grains, estateId, new RegisterEstate("龍歸城保障房", "BY", "太和鎮", 230_000));
            await estate.AddDwellingAsync(TestEstates.Dwelling("2-1-1203", 58.5));
            await estate.AddDwellingAsync(TestEstates.Dwelling("2-1-1204", 49));
            var dwelling = silo.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, "2-1-1203"));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk", null));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk", null));
        }

        await using (var silo = await RunningSilo.StartAsync(db.ConnectionString, cluster))
        {
            var status = await Wait.EventuallyAsync(silo.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStatusAsync, s => s.Occupancy.Occupied == 1);
            Assert.Equal("龍歸城保障房", status.Profile.Name);
            Assert.Equal(2, status.Occupancy.Dwellings);
            Assert.Equal(1, status.Occupancy.Occupied);

            var dwelling = await silo.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, "2-1-1203")).GetAsync();
            Assert.Equal(OccupancyState.Occupied, dwelling.State);
            Assert.Equal(2, dwelling.History.Count);
        }

        // One row per grain state (estate, grid, two dwellings, the district's membership): the unique identity holds.
        var rows = await db.ScalarAsync<long>($"SELECT count(*) FROM orleansstorage WHERE serviceid = '{cluster}'");
        Assert.Equal(5, rows);
    }

    [Fact]
    public async Task Two_silos_form_one_cluster_and_a_grain_is_reachable_from_both()
    {
        var cluster = ClusterId();
        await using var first = await RunningSilo.StartAsync(db.ConnectionString, cluster);
        await using var second = await RunningSilo.StartAsync(db.ConnectionString, cluster);

        var management = first.Grains.GetGrain<IManagementGrain>(0);
        await Wait.UntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count >= 2, TimeSpan.FromSeconds(30), () => "both silos to be active");

        Assert.Equal(2, (await management.GetHosts(onlyActive: true)).Count);
        Assert.Equal(2, await db.ScalarAsync<long>(
            $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{cluster}' AND status = 3"));

        var estateId = Fresh.EstateId("HP");
        await TestEstates.CreateAsync(first.Grains, estateId, new RegisterEstate("長嶺居", "HP", "長嶺街", 410_000));
        await second.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).AddDwellingAsync(TestEstates.Dwelling("1-1-101"));

        var fromFirst = await Wait.EventuallyAsync(first.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStatusAsync, s => s.Occupancy.Dwellings == 1);
        var fromSecond = await second.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStatusAsync();
        Assert.Equal(1, fromFirst.Occupancy.Dwellings);
        Assert.Equal((fromFirst.Version, fromFirst.Occupancy.Dwellings), (fromSecond.Version, fromSecond.Occupancy.Dwellings));
    }

    [Fact]
    public async Task A_reminder_registered_in_the_AdoNet_table_fires()
    {
        var cluster = ClusterId();
        await using var silo = await RunningSilo.StartAsync(db.ConnectionString, cluster);
        var probe = silo.Grains.GetGrain<IReminderProbeGrain>($"probe/{Guid.NewGuid():N}");

        await probe.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(1, await db.ScalarAsync<long>(
            $"SELECT count(*) FROM orleansreminderstable WHERE serviceid = '{cluster}' AND remindername = 'probe'"));

        await Wait.UntilAsync(async () => await probe.TicksAsync() >= 2, TimeSpan.FromSeconds(30), () => "the reminder to fire twice");

        Assert.True(await probe.TicksAsync() >= 2, "the reminder should have fired at least twice");
        await probe.StopAsync();
        Assert.Equal(0, await db.ScalarAsync<long>(
            $"SELECT count(*) FROM orleansreminderstable WHERE serviceid = '{cluster}'"));
    }
}
