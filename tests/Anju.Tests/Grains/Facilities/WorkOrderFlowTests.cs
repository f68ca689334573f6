using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;
using static Anju.Tests.Grains.Facilities.FacilityEstates;

namespace Anju.Tests.Grains.Facilities;

/// <summary>A fault becomes one work order that lives through every step: routed to the governing contract, accepted,
/// dispatched, repaired, verified by someone other than the company, closed; and a breached clock climbs the ladder.</summary>
[Collection(FacilitiesCollection.Name)]
public class WorkOrderFlowTests(FacilitiesClusterFixture fixture)
{
    private IWorkOrderGrain Order(string id) => fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(id));

    private IWorkQueueGrain Queue(string id) => fixture.Grains.GetGrain<IWorkQueueGrain>(Keys.WorkQueue(id));

    [Fact]
    public async Task A_fault_opens_an_order_in_the_estate_contracts_queue_and_takes_the_facility_down()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);

        var order = await facilities.ReportFaultAsync(Fault("L1", "lift-fault"));

        Assert.StartsWith("WO-", order.Summary.OrderId);
        Assert.Equal((WorkOrderStatus.Reported, "PC-1", IncidentSeverity.Minor), (order.Summary.Status, order.Summary.Route.QueueId, order.Summary.Severity));
        Assert.NotNull(order.Summary.Deadlines.AcceptBy);
        var queue = await EventuallyAsync(() => Queue("PC-1").GetAsync(), q => q.Orders.Any(o => o.OrderId == order.Summary.OrderId));
        Assert.Contains(queue.Orders, o => o.OrderId == order.Summary.OrderId);
        var lift = await facilities.GetAsync("L1");
        Assert.Equal(FacilityStatus.Degraded, lift.Status);
        Assert.Equal([order.Summary.OrderId], lift.OpenOrderIds);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Facilities.OpenFaults == 1);
        Assert.Equal((3, 1, 1), (status.Facilities.Facilities, status.Facilities.Degraded, status.Facilities.EstatesWithRegister));
    }

    [Fact]
    public async Task Without_a_contract_the_order_goes_to_the_housing_office_of_the_district()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId, contractId: null);

        var order = await facilities.ReportFaultAsync(Fault("P1", "leak"));

        Assert.Equal(WorkOrderRoute.OfficeQueue("TH"), order.Summary.Route.QueueId);
        Assert.Null(order.Summary.Route.ContractId);
    }

    [Fact]
    public async Task A_facility_in_a_zone_goes_to_that_zones_contract()
    {
        var estateId = Fresh.EstateId();
        var estate = await TestEstates.CreateAsync(fixture.Grains, estateId, TestEstates.Profile with { FloorArea = 250_000 });
        await estate.DefineZoneAsync(new DefineZone("Z1", "東區"));
        await estate.DefineZoneAsync(new DefineZone("Z2", "西區"));
        await estate.DefineGridAsync(new DefineGrid("G2", "第二網格", "Z1"));
        await estate.AddBuildingAsync(new AddBuilding("B2", "2棟", "G2", 20));
        await estate.AttachContractAsync(new ContractAttachment("PC-Z1", "C-02", "東區物業", "Z1"));
        var facilities = fixture.Grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
        await facilities.RegisterAsync([Lift with { FacilityId = "L2", BuildingId = "B2" }, Pump with { GridId = null, ZoneId = "Z2" }]);

        var inZone = await facilities.ReportFaultAsync(Fault("L2", "lift-stopped"));
        var elsewhere = await facilities.ReportFaultAsync(Fault("P1", "no-water"));

        Assert.Equal(("PC-Z1", "Z1"), (inZone.Summary.Route.QueueId, inZone.Summary.Route.ZoneId));
        Assert.Equal(WorkOrderRoute.OfficeQueue("TH"), elsewhere.Summary.Route.QueueId);
    }

    [Fact]
    public async Task An_order_closes_only_after_its_repair_is_verified_and_a_send_back_returns_it_on_site()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var o = await facilities.ReportFaultAsync(Fault("L1", "lift-stopped", by: "網格員 李"));
        var id = o.Summary.OrderId;
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Accept));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Dispatch) with { Assignee = "維保組 陳" });
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.ArriveOnSite));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Repair) with { Cost = 320.50m, CostCategory = "parts", Note = "更換門機板" });

        await Assert.ThrowsAsync<ConflictException>(() => Order(id).ActAsync(Cmd(o, WorkOrderAction.Close)));
        await Assert.ThrowsAsync<ConflictException>(() => Order(id).ActAsync(Cmd(o, WorkOrderAction.Verify) with { Verifier = VerifierRole.Reporter }));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.SendBack, "網格員 李") with { Reason = "仍然停梯" });
        Assert.Equal((WorkOrderStatus.OnSite, 1), (o.Summary.Status, o.Summary.SentBack));
        Assert.NotNull(o.Summary.Deadlines.RepairBy);
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Repair) with { Cost = 500m });
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Verify, "網格員 李") with { Verifier = VerifierRole.Reporter, CommandId = "v-1" });
        var again = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Verify, "網格員 李") with { ExpectedVersion = 1, Verifier = VerifierRole.Reporter, CommandId = "v-1" });
        Assert.Equal(o.Summary.Version, again.Summary.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Order(id).ActAsync(Cmd(o, WorkOrderAction.Close) with { ExpectedVersion = 1 }));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Close, "網格員 李"));

        Assert.Equal((WorkOrderStatus.Closed, 500m, "維保組 陳"), (o.Summary.Status, o.Summary.Cost, o.Assignee));
        Assert.Equal(["Report", "Accept", "Dispatch", "ArriveOnSite", "Repair", "SendBack", "Repair", "Verify", "Close"], o.History.Select(h => h.Action));
        var lift = await EventuallyAsync(() => facilities.GetAsync("L1"), f => f.OpenOrderIds.Count == 0);
        Assert.Equal(FacilityStatus.InService, lift.Status);
        var queue = await EventuallyAsync(() => Queue("PC-1").GetAsync(), q => q.Orders.All(x => x.OrderId != id) && q.Closed30d >= 1);
        Assert.True(queue.Cost30d >= 500m);
    }

    [Fact]
    public async Task Cancel_needs_a_reason_and_an_approver()
    {
        var facilities = await CreateAsync(fixture.Grains, Fresh.EstateId());
        var o = await facilities.ReportFaultAsync(Fault("LT1", "light-out"));

        var error = await Assert.ThrowsAsync<ValidationException>(() => Order(o.Summary.OrderId).ActAsync(Cmd(o, WorkOrderAction.Cancel) with { Reason = "重複報修" }));
        Assert.Equal("approver", error.Field);
        o = await Order(o.Summary.OrderId).ActAsync(Cmd(o, WorkOrderAction.Cancel) with { Reason = "重複報修", Approver = ApproverRole.EstateSupervisor });

        Assert.Equal(WorkOrderStatus.Cancelled, o.Summary.Status);
        Assert.Equal(FacilityStatus.InService, (await EventuallyAsync(() => facilities.GetAsync("LT1"), f => f.OpenOrderIds.Count == 0)).Status);
    }

    [Fact]
    public async Task A_breached_accept_clock_escalates_the_order_and_counts_it_overdue()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        await estate.AddDwellingAsync(TestEstates.Dwelling("D1"));
        var o = await facilities.ReportFaultAsync(Fault("L1", "lift-stopped"));
        var open = await EventuallyAsync(estate.GetStatusAsync, s => s.Facilities.OpenFaults == 1 && s.Health?.Penalties.GetValueOrDefault(HealthFactor.OpenFaults) > 0);
        Assert.Equal(0, open.Health!.Penalties.GetValueOrDefault(HealthFactor.OverdueFaults));

        var breached = await EventuallyAsync(() => Order(o.Summary.OrderId).GetAsync(), x => x.Summary.Level >= EscalationLevel.Estate, TimeSpan.FromSeconds(15));

        Assert.True(breached.Summary.Overdue);
        Assert.Contains(breached.History, h => h.Action == "Escalate" && h.Actor == "system");
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Facilities.OverdueFaults == 1 && s.Health?.Penalties.GetValueOrDefault(HealthFactor.OverdueFaults) > 0);
        Assert.Equal(FacilityStatus.OutOfService, (await facilities.GetAsync("L1")).Status);
        Assert.Equal(1, status.Facilities.OutOfService);
    }
}
