using Anju.Alarms;
using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using Anju.Security;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Anju.Testing.Wait;
using static Anju.Tests.Grains.Facilities.FacilityEstates;

namespace Anju.Tests.Grains.Facilities;

/// <summary>The register, device faults and their alarms, repeats, household notices and preventive schedules.</summary>
[Collection(FacilitiesCollection.Name)]
public class FacilityRegisterTests(FacilitiesClusterFixture fixture)
{
    [Fact]
    public async Task Facilities_must_name_the_estates_own_buildings_and_register_idempotently()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);

        var error = await Assert.ThrowsAsync<ValidationException>(() => facilities.RegisterAsync([Lift with { FacilityId = "L9", BuildingId = "B9" }]));
        Assert.Equal("facilities[0].buildingId", error.Field);
        Assert.Equal(0, await facilities.RegisterAsync([Lift]));
        Assert.Equal("G1", (await facilities.GetAsync("L1")).Facility.GridId);
        Assert.NotNull((await facilities.GetAsync("L1")).NextMaintenanceDue);
        await Assert.ThrowsAsync<NotFoundException>(() => facilities.GetAsync("L9"));
        await Assert.ThrowsAsync<ValidationException>(() => facilities.ReportFaultAsync(Fault("L1", "no-water")));
    }

    [Fact]
    public async Task Device_faults_open_one_order_repeats_count_occurrences_and_duplicates_are_recognised()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);

        var first = await facilities.IngestAsync([Device("e1", "LC-1", "lift-fault"), Device("e1", "LC-1", "lift-fault"), Device("e2", "X-9", "lift-fault"), Device("e3", "LC-1", "no-water")]);
        var second = await facilities.IngestAsync([Device("e1", "LC-1", "lift-fault"), Device("e4", "L1", "lift-fault")]);

        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Duplicate, IngestOutcome.Rejected, IngestOutcome.Rejected], first.Select(r => r.Outcome));
        Assert.Equal([IngestOutcome.Duplicate, IngestOutcome.Accepted], second.Select(r => r.Outcome));
        var order = Assert.Single(await facilities.ListOrdersAsync(false));
        var snapshot = await fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.OrderId)).GetAsync();
        Assert.Equal((2, FaultSource.Device), (snapshot.Occurrences, snapshot.Source));
    }

    [Fact]
    public async Task A_trapped_passenger_opens_an_urgent_order_and_an_alarm_that_its_clear_code_clears()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);

        await facilities.IngestAsync([Device("t1", "LC-1", "trapped-passenger")]);

        var order = Assert.Single(await facilities.ListOrdersAsync(false));
        Assert.Equal((Incidents.IncidentSeverity.Critical, FacilityStatus.OutOfService), (order.Severity, order.Impact));
        Assert.Equal(TimeSpan.FromMinutes(30), order.Deadlines.OnSiteBy - order.ReportedAt);
        var alarm = Assert.Single(await facilities.GetAlarmsAsync(false));
        Assert.Equal((AlarmSource.Facilities, AlarmSeverity.Critical, order.OrderId, "B1"), (alarm.Source, alarm.Severity, alarm.WorkOrderId, alarm.BuildingId));
        Assert.Equal(AlarmSource.Facilities, StreamAlarm.Parse(alarm.AlarmId)?.Source);
        var acknowledged = await facilities.AcknowledgeAlarmAsync(alarm.AlarmId, "值班員 周");
        Assert.Equal((AlarmState.ActiveAcknowledged, "值班員 周"), (acknowledged.State, acknowledged.AcknowledgedBy));

        await facilities.IngestAsync([Device("t2", "LC-1", "trapped-passenger", DeviceEventKind.FaultCleared)]);

        Assert.Empty(await facilities.GetAlarmsAsync(false));
        var snapshot = await fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.OrderId)).GetAsync();
        Assert.Contains(snapshot.History, h => h.Action == "Note");
        Assert.True(snapshot.Summary.IsOpen);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        await EventuallyAsync(estate.GetStatusAsync, s => s.Facilities.OutOfService == 1 && s.Facilities.ActiveAlarms == 0);
    }

    [Fact]
    public async Task A_lift_fault_notifies_the_households_of_its_building_only()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var estate = fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        await estate.AddBuildingAsync(new AddBuilding("B2", "2棟", "G1", 10));
        await estate.AddDwellingsAsync([TestEstates.Dwelling("D1"), TestEstates.Dwelling("D2"), TestEstates.Dwelling("D3", building: "B2")]);

        var order = await facilities.ReportFaultAsync(Fault("L1", "lift-stopped"));

        var notified = await EventuallyAsync(() => fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.Summary.OrderId)).GetAsync(), o => o.HouseholdsNotified > 0);
        Assert.Equal(2, notified.HouseholdsNotified);
        var notices = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IHouseholdNotices>();
        Assert.Equal(["D1", "D2"], (await notices.OfOrderAsync(order.Summary.OrderId)).Select(n => n.DwellingId));
        Assert.Single(await notices.OfDwellingAsync(estateId, "D1", 10));
    }

    [Fact]
    public async Task A_due_schedule_opens_one_preventive_order_per_facility()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);

        var schedules = await facilities.SetScheduleAsync(new MaintenanceSchedule(FacilityType.Lift, TimeSpan.FromSeconds(2), "maintenance"));

        Assert.Contains(schedules, s => s.Type == FacilityType.Lift && s.Every == TimeSpan.FromSeconds(2));
        var orders = await EventuallyAsync(() => facilities.ListOrdersAsync(false), l => l.Any(o => o.Kind == WorkOrderKind.Preventive));
        var preventive = Assert.Single(orders, o => o.Kind == WorkOrderKind.Preventive);
        Assert.Equal(("L1", "maintenance", FacilityStatus.InService), (preventive.FacilityId, preventive.Code, preventive.Impact));
        Assert.NotNull(preventive.DueAt);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await facilities.ListOrdersAsync(false), o => o.Kind == WorkOrderKind.Preventive);
        var counts = await EventuallyAsync(facilities.GetSectionAsync, s => s.Counts.PreventiveOverdue == 1);
        Assert.Equal(1, counts.Counts.PreventiveOpen);
        Assert.Equal(1, (await facilities.GetAsync("L1")).MaintenanceOverdue);
    }

    [Fact]
    public async Task A_facility_with_open_orders_cannot_be_removed()
    {
        var facilities = await CreateAsync(fixture.Grains, Fresh.EstateId());
        await facilities.ReportFaultAsync(Fault("P1", "leak"));

        await Assert.ThrowsAsync<ConflictException>(() => facilities.RemoveAsync("P1", "管理員"));
        await facilities.RemoveAsync("LT1", "管理員");
        Assert.Equal(["L1", "P1"], (await facilities.ListAsync()).Select(f => f.Facility.FacilityId));
    }

    [Fact]
    public async Task A_camera_alarm_registers_its_cctv_facility_opens_an_order_and_its_clearing_is_noted()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var camera = new Facility("CAM-7", FacilityType.Cctv, "攝像頭 CAM-7", "B1", null, null);
        const string alarmId = "security:X:AL-000001";

        var order = await facilities.ReportFaultAsync(new ReportFault("CAM-7", "camera-offline", FaultSource.Alarm, "security-desk", "離線 30 分鐘")
        {
            AlarmId = alarmId,
            RegisterIfMissing = camera,
        });
        await facilities.AlarmClearedAsync(alarmId, "security-desk");

        Assert.Equal((FacilityType.Cctv, alarmId), (order.Summary.FacilityType, order.AlarmId));
        Assert.Equal(FacilityStatus.OutOfService, (await facilities.GetAsync("CAM-7")).Status);
        var noted = await fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.Summary.OrderId)).GetAsync();
        Assert.Equal(("Note", WorkOrderStatus.Reported), (noted.History[^1].Action, noted.Summary.Status));
    }

    [Fact]
    public async Task A_status_set_by_hand_holds_until_set_back()
    {
        var facilities = await CreateAsync(fixture.Grains, Fresh.EstateId());

        var degraded = await facilities.SetStatusAsync("LT1", FacilityStatus.Degraded, "管理員", "半數燈管老化");
        var back = await facilities.SetStatusAsync("LT1", FacilityStatus.InService, "管理員", "已更換");

        Assert.Equal((FacilityStatus.Degraded, FacilityStatus.InService), (degraded.Status, back.Status));
        Assert.Equal(1, (await facilities.GetOverviewAsync()).ByType.Single(t => t.Type == FacilityType.Lighting).InService);
    }
}
