using Anju.Alarms;
using Anju.Facilities;
using Anju.Security;
using static Anju.Testing.Wait;
using static Anju.Tests.Grains.Facilities.FacilityEstates;

namespace Anju.Tests.Grains.Facilities;

/// <summary>An overdue work order reaches its district's alarm stream: it shows on the board once its clock breaches,
/// the stream records who acknowledged it, and verifying and closing the order clears it.</summary>
[Collection(FacilitiesCollection.Name)]
public class WorkOrderAlarmFlowTests(FacilitiesClusterFixture fixture)
{
    private IWorkOrderGrain Order(string id) => fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(id));

    private static Func<AlarmBoard, BoardAlarm?> Open(string alarmId) => b => b.Open.FirstOrDefault(a => a.Alarm.AlarmId == alarmId);

    [Fact]
    public async Task A_breached_order_is_an_alarm_on_its_district_board_acknowledged_there_and_cleared_by_closing()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var o = await facilities.ReportFaultAsync(Fault("L1", "lift-stopped"));
        var id = o.Summary.OrderId;
        var alarmId = StreamAlarm.IdOf(AlarmSource.WorkOrders, estateId, id);
        var stream = fixture.Grains.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(o.Summary.District));
        Assert.Null(Open(alarmId)(await stream.GetBoardAsync()));

        var shown = Open(alarmId)(await EventuallyAsync(stream.GetBoardAsync, b => Open(alarmId)(b) is not null, TimeSpan.FromSeconds(15)))!.Alarm;

        Assert.Equal((WorkOrderAlarm.Type, AlarmSeverity.Major, id, "B1"), (shown.Type, shown.Severity, shown.WorkOrderId, shown.BuildingId));
        Assert.Equal(AlarmState.ActiveUnacknowledged, shown.State);
        var acknowledged = await stream.AcknowledgeAsync(alarmId, "指揮中心 趙");
        Assert.Equal(("指揮中心 趙", AlarmState.ActiveAcknowledged), (acknowledged.AcknowledgedBy, acknowledged.State));
        Assert.Equal("指揮中心 趙", Open(alarmId)(await stream.GetBoardAsync())!.Alarm.AcknowledgedBy);

        o = await Order(id).GetAsync();
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Accept));
        Assert.Equal("指揮中心 趙", Open(alarmId)(await EventuallyAsync(stream.GetBoardAsync, b => Open(alarmId)(b)?.Alarm.Version > shown.Version))!.Alarm.AcknowledgedBy);
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Dispatch) with { Assignee = "維保組 陳" });
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.ArriveOnSite));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Repair));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Verify, "居民 王") with { Verifier = VerifierRole.Reporter });
        await Order(id).ActAsync(Cmd(o, WorkOrderAction.Close));

        var board = await EventuallyAsync(stream.GetBoardAsync, b => Open(alarmId)(b) is null && b.RecentlyCleared.Any(a => a.Alarm.AlarmId == alarmId));
        var cleared = board.RecentlyCleared.Single(a => a.Alarm.AlarmId == alarmId).Alarm;
        Assert.Equal((AlarmState.Cleared, "指揮中心 趙"), (cleared.State, cleared.AcknowledgedBy));
    }
}
