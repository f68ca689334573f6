using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Security;

namespace Anju.Tests.Rules;

/// <summary>The fault catalogue, routing, facility status and counts, and which households a fault reaches.</summary>
public class FacilitiesRulesTests
{
    private static readonly DateTimeOffset T0 = FacilitiesLifecycleTests.T0;

    private static readonly EstateStructure Zoned = new(
        [new ZoneInfo("Z1", "東區"), new ZoneInfo("Z2", "西區")],
        [new GridInfo("G1", "一", "Z1"), new GridInfo("G2", "二", "Z2"), new GridInfo("G3", "三", "Z2")],
        [new BuildingInfo("B1", "1棟", "G1", 30), new BuildingInfo("B2", "2棟", "G2", 30)],
        [new ContractAttachment("PC-Z1", "C-1", "東區物業", "Z1")]);

    private static readonly EstateStructure Plain = new([], [new GridInfo("G1", "一", null)], [new BuildingInfo("B1", "1棟", "G1", 30)],
        [new ContractAttachment("PC-E", "C-2", "安居物業", null)]);

    private static WorkOrderSummary Summary(string id, string facilityId, FacilityStatus impact, WorkOrderStatus status = WorkOrderStatus.Reported,
        WorkOrderKind kind = WorkOrderKind.Corrective, bool overdue = false, DateTimeOffset? due = null) =>
        new(id, 1, "TH-0001", "TH", kind, facilityId, FacilityType.Lift, "lift-stopped", IncidentSeverity.Major, status, EscalationLevel.Grid,
            new WorkOrderRoute("PC-E", "PC-E", null, null), new WorkOrderDeadlines(null, null, null), T0, T0)
        { Impact = impact, Overdue = overdue, DueAt = due, ClosedAt = status is WorkOrderStatus.Closed ? T0 : null };

    [Theory]
    [InlineData(FacilityType.Lift, "trapped-passenger", IncidentSeverity.Critical, FacilityStatus.OutOfService, true)]
    [InlineData(FacilityType.WaterPump, "no-pressure", IncidentSeverity.Major, FacilityStatus.OutOfService, true)]
    [InlineData(FacilityType.WaterTank, "water-quality", IncidentSeverity.Major, FacilityStatus.Degraded, false)]
    [InlineData(FacilityType.FireSystem, "fire-alarm", IncidentSeverity.Critical, FacilityStatus.Degraded, true)]
    [InlineData(FacilityType.Gate, "door-fault", IncidentSeverity.Minor, FacilityStatus.Degraded, false)]
    [InlineData(FacilityType.Cctv, "camera-offline", IncidentSeverity.Major, FacilityStatus.OutOfService, false)]
    [InlineData(FacilityType.CultureRoom, "damaged", IncidentSeverity.Minor, FacilityStatus.Degraded, false)]
    [InlineData(FacilityType.GarbageStation, "out-of-service", IncidentSeverity.Major, FacilityStatus.OutOfService, false)]
    public void The_catalogue_gives_each_code_its_severity_impact_and_alarm(FacilityType type, string code, IncidentSeverity severity, FacilityStatus impact, bool alarm)
    {
        var found = FaultCatalogue.Of(type, code);

        Assert.Equal((severity, impact, alarm), (found.Severity, found.Impact, found.Alarm));
    }

    [Theory]
    [InlineData(FacilityType.Lighting, "trapped-passenger")]
    [InlineData(FacilityType.Lift, "maintenance")]
    [InlineData(FacilityType.Lift, "broken")]
    public void A_code_of_another_type_or_unknown_is_refused_naming_the_field(FacilityType type, string code) =>
        Assert.Equal("code", Assert.Throws<ValidationException>(() => FaultCatalogue.Of(type, code)).Field);

    [Fact]
    public void Routing_takes_the_zones_contract_else_the_estates_else_the_housing_office()
    {
        var inZone = WorkOrderRouting.Route(new Facility("L1", FacilityType.Lift, "梯", "B1", null, null), Zoned, "TH");
        var otherZone = WorkOrderRouting.Route(new Facility("P1", FacilityType.WaterPump, "泵", null, null, "G3"), Zoned, "TH");
        var estateWide = WorkOrderRouting.Route(new Facility("L1", FacilityType.Lift, "梯", "B1", null, null), Plain, "TH");

        Assert.Equal(("PC-Z1", "Z1"), (inZone.QueueId, inZone.ZoneId));
        Assert.Equal(("office-TH", "Z2", (string?)null), (otherZone.QueueId, otherZone.ZoneId, otherZone.ContractId));
        Assert.Equal(("PC-E", "安居物業"), (estateWide.QueueId, estateWide.CompanyName));
    }

    [Fact]
    public void A_facility_takes_the_worst_impact_of_its_open_orders_and_a_hand_set_status_until_set_back()
    {
        var state = new EstateFacilitiesState();
        state.Register["L1"] = new FacilityEntry(FacilitiesLifecycleTests.Lift, FacilityStatus.InService, T0, T0);
        state.Orders["a"] = Summary("a", "L1", FacilityStatus.Degraded);
        state.Orders["b"] = Summary("b", "L1", FacilityStatus.OutOfService, WorkOrderStatus.Closed);

        Assert.True(FacilityStatuses.Recompute(state, T0.AddMinutes(1)));
        Assert.Equal((FacilityStatus.Degraded, T0.AddMinutes(1)), (state.Register["L1"].Status, state.Register["L1"].Since));
        Assert.False(FacilityStatuses.Recompute(state, T0.AddMinutes(2)));

        FacilityStatuses.SetByHand(state, "L1", FacilityStatus.OutOfService, "年檢不合格", T0.AddMinutes(3));
        state.Orders.Remove("a");
        FacilityStatuses.Recompute(state, T0.AddMinutes(4));
        Assert.Equal(FacilityStatus.OutOfService, state.Register["L1"].Status);
        FacilityStatuses.SetByHand(state, "L1", FacilityStatus.InService, "復檢合格", T0.AddMinutes(5));
        Assert.Equal(FacilityStatus.InService, state.Register["L1"].Status);
    }

    [Fact]
    public void Counts_add_open_and_overdue_faults_preventive_orders_and_the_register()
    {
        var state = new EstateFacilitiesState();
        Assert.Equal(0, FacilityTally.Counts(state, T0).EstatesWithRegister);
        state.Register["L1"] = new FacilityEntry(FacilitiesLifecycleTests.Lift, FacilityStatus.OutOfService, T0, T0);
        state.Register["L2"] = new FacilityEntry(FacilitiesLifecycleTests.Lift with { FacilityId = "L2" }, FacilityStatus.InService, T0, T0);
        state.Orders["a"] = Summary("a", "L1", FacilityStatus.OutOfService, overdue: true);
        state.Orders["b"] = Summary("b", "L1", FacilityStatus.Degraded);
        state.Orders["c"] = Summary("c", "L2", FacilityStatus.InService, kind: WorkOrderKind.Preventive, due: T0.AddDays(-1));
        state.Orders["d"] = Summary("d", "L2", FacilityStatus.InService, kind: WorkOrderKind.Preventive, due: T0.AddDays(1));
        state.Orders["e"] = Summary("e", "L2", FacilityStatus.Degraded, WorkOrderStatus.Closed);

        var counts = FacilityTally.Counts(state, T0);

        Assert.Equal((2, 1, 2, 1), (counts.OpenFaults, counts.OverdueFaults, counts.PreventiveOpen, counts.PreventiveOverdue));
        Assert.Equal((2, 1, 1, 1), (counts.Facilities, counts.InService, counts.OutOfService, counts.EstatesWithRegister));
        Assert.Equal(new FacilityTypeCount(FacilityType.Lift, 1, 0, 1), Assert.Single(FacilityTally.ByType(state)));
    }

    [Fact]
    public void A_newer_summary_replaces_an_older_and_closed_orders_leave_after_a_week()
    {
        var orders = new Dictionary<string, WorkOrderSummary>();
        Assert.True(OrderBook.Take(orders, Summary("a", "L1", FacilityStatus.Degraded) with { Version = 3 }, T0));
        Assert.False(OrderBook.Take(orders, Summary("a", "L1", FacilityStatus.Degraded) with { Version = 2 }, T0));
        Assert.True(OrderBook.Take(orders, Summary("b", "L1", FacilityStatus.Degraded, WorkOrderStatus.Closed), T0.AddDays(-1)));
        OrderBook.Take(orders, Summary("c", "L1", FacilityStatus.Degraded), T0.AddDays(1));

        Assert.Equal(["a", "c"], orders.Keys.Order());
    }

    [Theory]
    [InlineData(FacilityType.Lift, "B1", null, null, "B1", null, false)]
    [InlineData(FacilityType.Lighting, "B1", null, null, "B1", null, false)]
    [InlineData(FacilityType.WaterPump, null, null, "G2", null, "Z2", false)]
    [InlineData(FacilityType.WaterTank, "B1", null, null, null, "Z1", false)]
    [InlineData(FacilityType.GarbageStation, null, null, "G1", null, null, false)]
    [InlineData(FacilityType.CultureRoom, "B2", null, null, "B2", null, false)]
    public void A_fault_reaches_its_building_or_its_zone(FacilityType type, string? building, string? zone, string? grid, string? toBuilding, string? toZone, bool estate)
    {
        var place = HouseholdReach.Of(new Facility("F1", type, "設施", building, zone, grid), WorkOrderKind.Corrective, Zoned);

        Assert.Equal((toBuilding, toZone, estate), (place.BuildingId, place.ZoneId, place.WholeEstate));
    }

    [Fact]
    public void A_pump_without_a_zone_reaches_the_estate_and_preventive_orders_reach_nobody()
    {
        var pump = new Facility("P1", FacilityType.WaterPump, "泵", null, null, null);

        Assert.True(HouseholdReach.Of(pump, WorkOrderKind.Corrective, Plain).WholeEstate);
        Assert.Equal(["G1"], HouseholdReach.Grids(HouseholdReach.Of(pump, WorkOrderKind.Corrective, Plain), Plain));
        Assert.True(HouseholdReach.Of(pump, WorkOrderKind.Preventive, Plain).IsNone);
        Assert.Equal(["G2", "G3"], HouseholdReach.Grids(new HouseholdReach.Place(null, "Z2", false), Zoned));
    }

    [Fact]
    public void Alarms_repeat_clear_and_keep_the_first_acknowledgement()
    {
        var state = new EstateFacilitiesState { District = "TH" };
        var code = FaultCatalogue.Of(FacilityType.Lift, "trapped-passenger");

        var first = FacilityAlarms.Raise(state, "TH-0001", FacilitiesLifecycleTests.Lift, code, "WO-1", T0);
        var repeat = FacilityAlarms.Raise(state, "TH-0001", FacilitiesLifecycleTests.Lift, code, "WO-1", T0.AddMinutes(1));
        var (acknowledged, changed) = FacilityAlarms.Acknowledge(state.Alarms, first.AlarmId, "值班員", T0.AddMinutes(2));
        var (again, changedAgain) = FacilityAlarms.Acknowledge(state.Alarms, first.AlarmId, "別人", T0.AddMinutes(3));
        var cleared = FacilityAlarms.Clear(state, "L1", "trapped-passenger", T0.AddMinutes(4), TimeSpan.FromDays(7));

        Assert.Equal((first.AlarmId, 2, 2L), (repeat.AlarmId, repeat.Count, repeat.Version));
        Assert.Equal((true, false, "值班員"), (changed, changedAgain, again.AcknowledgedBy));
        Assert.Equal((AlarmState.Cleared, 4L), (cleared!.State, cleared.Version));
        Assert.True(acknowledged.Version < cleared.Version);
        Assert.Null(FacilityAlarms.Clear(state, "L1", "trapped-passenger", T0.AddMinutes(5), TimeSpan.FromDays(7)));
    }

    [Fact]
    public void Device_fault_events_find_their_facility_by_id_or_device_and_duplicates_and_strangers_are_answered_at_once()
    {
        var state = new EstateFacilitiesState();
        state.Register["L1"] = new FacilityEntry(FacilitiesLifecycleTests.Lift with { DeviceId = "LC-1" }, FacilityStatus.InService, T0, T0);
        var seen = new EventWindow([], TimeSpan.FromHours(24), 100);
        seen.Add("old", T0);
        DeviceEvent E(string id, string subject, string? code, DeviceEventKind kind = DeviceEventKind.Fault) => new(id, "ctl", T0, kind, subject, null, null) { Code = code };

        Assert.Equal("L1", FaultIntake.Classify(state, seen, E("a", "LC-1", "lift-fault"), "TH-0001").Fault?.Entry.Facility.FacilityId);
        Assert.Equal(DeviceEventKind.FaultCleared, FaultIntake.Classify(state, seen, E("b", "L1", "lift-fault", DeviceEventKind.FaultCleared), "TH-0001").Fault?.Event.Kind);
        Assert.Equal(IngestOutcome.Duplicate, FaultIntake.Classify(state, seen, E("old", "L1", "lift-fault"), "TH-0001").Answer?.Outcome);
        Assert.Equal(IngestOutcome.Rejected, FaultIntake.Classify(state, seen, E("c", "X", "lift-fault"), "TH-0001").Answer?.Outcome);
        Assert.Equal(IngestOutcome.Rejected, FaultIntake.Classify(state, seen, E("d", "L1", "no-water"), "TH-0001").Answer?.Outcome);
        Assert.Equal(IngestOutcome.Rejected, FaultIntake.Classify(state, seen, E("e", "L1", "maintenance"), "TH-0001").Answer?.Outcome);
        Assert.Equal(IngestOutcome.Rejected, FaultIntake.Classify(state, seen, E("f", "L1", null, DeviceEventKind.Heartbeat), "TH-0001").Answer?.Outcome);
    }
}
