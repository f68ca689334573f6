using Anju.Estates;
using Anju.Facilities;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Anju.Tests.Integration;

/// <summary>Facilities on PostgreSQL: preventive schedules are driven by a durable reminder (an order falls due on the
/// next silo), an acknowledged work-order step survives a silo killed outright, and notices land in their table.</summary>
[Collection(PostgresCollection.Name)]
public class FacilitiesRestartTests(PostgresFixture db)
{
    private Task<RunningSilo> StartAsync(string service, string cluster) =>
        RunningSilo.StartAsync(db.ConnectionString, service, b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:ClusterId"] = cluster,
            ["Facilities:ReminderPeriod"] = "00:00:02",
            ["Facilities:ScheduleReminderPeriod"] = "00:00:02",
            ["Facilities:TickInterval"] = "00:00:02",
        }));

    private static async Task<IEstateFacilitiesGrain> CreateAsync(IGrainFactory grains, string estateId)
    {
        var estate = await TestEstates.CreateAsync(grains, estateId);
        await estate.AttachContractAsync(new ContractAttachment("PC-R", "C-01", "安居物業", null));
        await estate.AddDwellingAsync(TestEstates.Dwelling("D-1"));
        var facilities = grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
        await facilities.RegisterAsync([new Facility("L1", FacilityType.Lift, "1號梯", "B1", null, null)]);
        return facilities;
    }

    [Fact]
    public async Task A_preventive_order_falls_due_on_the_next_silo_woken_by_the_reminder()
    {
        var service = $"fp-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId("BY");
        var queueId = $"PC-{Guid.NewGuid():N}"[..12];
        await using (var silo = await StartAsync(service, service + "a"))
        {
            var estate = await TestEstates.CreateAsync(silo.Grains, estateId);
            await estate.AttachContractAsync(new ContractAttachment(queueId, "C-01", "安居物業", null));
            var facilities = silo.Grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
            await facilities.RegisterAsync([new Facility("L1", FacilityType.Lift, "1號梯", "B1", null, null)]);
            await facilities.SetScheduleAsync(new MaintenanceSchedule(FacilityType.Lift, TimeSpan.FromSeconds(60), "maintenance"));
            Assert.Empty(await facilities.ListOrdersAsync(false)); // created 30 s before due, so not on this silo
        }

        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM orleansreminderstable WHERE serviceid = '{service}' AND remindername = 'facilities'"));
        await using (var silo = await StartAsync(service, service + "b"))
        {
            // Only the queue is asked: nothing but the reminder wakes the facilities grain, which opens the order.
            var queue = silo.Grains.GetGrain<IWorkQueueGrain>(Keys.WorkQueue(queueId));
            var view = await Wait.EventuallyAsync(queue.GetAsync, q => q.Orders.Any(o => o.Kind == WorkOrderKind.Preventive), TimeSpan.FromSeconds(90));
            var order = Assert.Single(view.Orders);
            Assert.Equal(("L1", "maintenance"), (order.FacilityId, order.Code));
            Assert.NotNull(order.DueAt);
        }
    }

    [Fact]
    public async Task An_acknowledged_work_order_step_survives_a_killed_silo_and_notices_are_stored()
    {
        var service = $"fk-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId("BY");
        await using (var silo = await StartAsync(service, service + "a"))
        {
            await CreateAsync(silo.Grains, estateId);
        }

        WorkOrderSnapshot accepted;
        using (var doomed = await SiloProcess.StartAsync(db.ConnectionString, service + "b", service))
        {
            using var client = await ClientAsync(service + "b", service);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            var order = await grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId))
                .ReportFaultAsync(new ReportFault("L1", "lift-stopped", FaultSource.GridStaff, "網格員 李", "停梯"));
            accepted = await grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.Summary.OrderId))
                .ActAsync(new WorkOrderCommand(WorkOrderAction.Accept, order.Summary.Version, "物業 張"));
            await client.StopAsync();
            doomed.Kill();
        }

        await using (var silo = await StartAsync(service, service + "c"))
        {
            var reread = await silo.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(accepted.Summary.OrderId)).GetAsync();
            Assert.Equal((WorkOrderStatus.Accepted, accepted.Summary.Version), (reread.Summary.Status, reread.Summary.Version));
            Assert.Equal("PC-R", reread.Summary.Route.QueueId);
            var notices = silo.Services.GetRequiredService<IHouseholdNotices>();
            var stored = await Wait.EventuallyAsync(() => notices.OfOrderAsync(accepted.Summary.OrderId), n => n.Count == 1, TimeSpan.FromSeconds(60));
            Assert.Equal("D-1", stored.Single().DwellingId);
            await notices.IssueAsync(accepted.Summary.OrderId, estateId, ["D-1"], "lift-stopped", "again");
            Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_household_notices WHERE order_id = '{accepted.Summary.OrderId}'"));
        }
    }

    /// <summary>An Orleans client of the silo process's cluster (the process has no work-order endpoints of its own to drive).</summary>
    private async Task<IHost> ClientAsync(string cluster, string service)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", db.ConnectionString))
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster, service)));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
