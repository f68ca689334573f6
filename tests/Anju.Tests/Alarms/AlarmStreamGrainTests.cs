using Anju.Alarms;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Security;
using Orleans.Core.Internal;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Alarms;

/// <summary>The alarm stream on a cluster of its own (<see cref="AlarmCluster"/>): owners report, the board derives.
/// Streams are per district and shared by the tests, which use fresh estates and look only at their own alarms.</summary>
public class AlarmStreamGrainTests(AlarmCluster cluster) : IClassFixture<AlarmCluster>
{
    private IAlarmStreamGrain Stream(string district = "TH") => cluster.Grains.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(district));

    private IAlarmStreamGrain City => cluster.Grains.GetGrain<IAlarmStreamGrain>(Keys.CityAlarmStream);

    private static StreamAlarm Reported(string estateId, string localId, long version = 1, string? building = null, DateTimeOffset? raised = null) =>
        new(StreamAlarm.IdOf(AlarmSource.Security, estateId, localId), version, AlarmSource.Security, "Device", estateId, estateId[..2],
            AlarmSeverity.Minor, AlarmState.ActiveUnacknowledged, $"v{version}", raised ?? DateTimeOffset.UtcNow, raised ?? DateTimeOffset.UtcNow) { BuildingId = building };

    private static Func<AlarmBoard, BoardAlarm?> Find(string alarmId) => b => b.Open.FirstOrDefault(a => a.Alarm.AlarmId == alarmId);

    [Fact]
    public async Task A_reported_alarm_reaches_its_district_board_and_the_newest_version_wins()
    {
        var estateId = Fresh.EstateId();
        var alarm = Reported(estateId, "AL-1", version: 2);

        await Stream().ReportAsync(alarm);
        await Stream().ReportManyAsync([alarm with { Version = 1, Detail = "older" }, alarm with { Version = 2, Detail = "same version" }]);

        var shown = Find(alarm.AlarmId)(await Stream().GetBoardAsync());
        Assert.Equal("v2", shown?.Alarm.Detail);
        await Stream().ReportAsync(alarm with { Version = 3, State = AlarmState.Cleared, ClearedAt = DateTimeOffset.UtcNow });
        var board = await Stream().GetBoardAsync();
        Assert.Null(Find(alarm.AlarmId)(board));
        Assert.Contains(board.RecentlyCleared, a => a.Alarm.AlarmId == alarm.AlarmId);
        Assert.Equal("TH", board.District);
    }

    [Fact]
    public async Task The_city_board_is_fed_by_the_district_streams()
    {
        var inTh = Reported(Fresh.EstateId("TH"), "AL-1");
        var inHz = Reported(Fresh.EstateId("HZ"), "AL-1");

        await Stream("TH").ReportAsync(inTh);
        await Stream("HZ").ReportAsync(inHz);

        var city = await EventuallyAsync(City.GetBoardAsync, b => Find(inTh.AlarmId)(b) is not null && Find(inHz.AlarmId)(b) is not null);
        Assert.Null(city.District);
        Assert.Null(Find(inHz.AlarmId)(await Stream("TH").GetBoardAsync()));
    }

    [Fact]
    public async Task Severity_rises_and_reminders_count_while_an_alarm_stays_unacknowledged()
    {
        var alarm = Reported(Fresh.EstateId(), "AL-1", raised: cluster.Clock.GetUtcNow());
        await Stream().ReportAsync(alarm);
        try
        {
            cluster.Clock.Offset = TimeSpan.FromMinutes(16);
            var risen = Find(alarm.AlarmId)(await Stream().GetBoardAsync())!;
            Assert.Equal((AlarmSeverity.Major, 3), (risen.Severity, risen.Reminders));

            cluster.Clock.Offset = TimeSpan.FromMinutes(61);
            var critical = Find(alarm.AlarmId)(await Stream().GetBoardAsync())!;
            Assert.Equal((AlarmSeverity.Critical, 12, AlarmSeverity.Minor), (critical.Severity, critical.Reminders, critical.Alarm.Severity));
        }
        finally
        {
            cluster.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Alarms_in_one_building_within_the_window_show_as_one_situation()
    {
        var estateId = Fresh.EstateId();
        var camera = Reported(estateId, "AL-1", building: "B1");
        var door = Reported(estateId, "AL-2", building: "B1") with { Type = "door-fault" };

        await Stream().ReportManyAsync([camera, door]);

        var board = await Stream().GetBoardAsync();
        var situation = Assert.Single(board.Situations, s => s.EstateId == estateId);
        Assert.Equal([camera.AlarmId, door.AlarmId], situation.AlarmIds.Order());
        Assert.Equal(situation.SituationId, Find(door.AlarmId)(board)!.SituationId);
    }

    [Fact]
    public async Task A_camera_gone_silent_reaches_the_stream_in_its_building_and_an_acknowledgement_goes_to_the_desk()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(cluster.Grains, estateId);
        await cluster.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId)).RegisterAsync([new Camera("CAM-1", "B1", "1棟大堂", "dome")]);

        var board = await EventuallyAsync(Stream().GetBoardAsync, b => b.Open.Any(a => a.Alarm.EstateId == estateId));
        var shown = Assert.Single(board.Open, a => a.Alarm.EstateId == estateId).Alarm;
        Assert.Equal(("CameraOffline", "B1", "camera/CAM-1", Profile.Name), (shown.Type, shown.BuildingId, shown.Originator, shown.EstateName));

        var acknowledged = await Stream().AcknowledgeAsync(shown.AlarmId, "値班員 陳");

        Assert.Equal(("値班員 陳", AlarmState.ActiveAcknowledged), (acknowledged.AcknowledgedBy, acknowledged.State));
        var desk = await cluster.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId)).GetAlarmsAsync(false);
        Assert.Equal("値班員 陳", Assert.Single(desk).AcknowledgedBy);
        Assert.Equal("値班員 陳", Find(shown.AlarmId)(await Stream().GetBoardAsync())?.Alarm.AcknowledgedBy);
        Assert.Equal("値班員 陳", (await EventuallyAsync(City.GetBoardAsync, b => Find(shown.AlarmId)(b)?.Alarm.AcknowledgedBy is not null)).Open.First(a => a.Alarm.AlarmId == shown.AlarmId).Alarm.AcknowledgedBy);
    }

    [Fact]
    public async Task A_camera_offline_past_the_threshold_opens_one_CCTV_order_and_its_clearing_is_noted_on_it()
    {
        var estateId = Fresh.EstateId("LW");
        await CreateAsync(cluster.Grains, estateId);
        var cameras = cluster.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId));
        await cameras.RegisterAsync([new Camera("CAM-2", "B1", "1棟車庫", "bullet")]);

        var board = await EventuallyAsync(Stream("LW").GetBoardAsync, b => b.Open.Any(a => a.Alarm.EstateId == estateId && a.Alarm.WorkOrderId is not null));
        var alarm = board.Open.Single(a => a.Alarm.EstateId == estateId).Alarm;
        var facilities = cluster.Grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
        var order = Assert.Single(await facilities.ListOrdersAsync(false));
        Assert.Equal((alarm.WorkOrderId, "CAM-2", "camera-offline", FacilityType.Cctv, "B1"), (order.OrderId, order.FacilityId, order.Code, order.FacilityType, order.BuildingId));
        var registered = await facilities.GetAsync("CAM-2");
        Assert.Equal("1棟車庫", registered.Facility.Name);

        await cameras.IngestAsync([new DeviceEvent(Guid.NewGuid().ToString("N"), "vms", DateTimeOffset.UtcNow, DeviceEventKind.Heartbeat, "CAM-2", null, null)]);

        await EventuallyAsync(Stream("LW").GetBoardAsync, b => b.RecentlyCleared.Any(a => a.Alarm.AlarmId == alarm.AlarmId));
        var noted = await EventuallyAsync(() => cluster.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(order.OrderId)).GetAsync(),
            o => o.History.Any(h => h.Note?.Contains(alarm.AlarmId, StringComparison.Ordinal) == true));
        Assert.True(noted.Summary.IsOpen);
        Assert.Single(await facilities.ListOrdersAsync(false));
    }

    /// <summary>A whole estate's cameras gone dark open their orders a few per desk tick (CameraOrders.PerTick), so
    /// the desk stays free for guards between ticks, and every camera still gets its one order.</summary>
    [Fact]
    public async Task An_estate_whose_cameras_all_went_dark_gets_one_order_per_camera_over_several_ticks()
    {
        var estateId = Fresh.EstateId("LW");
        await CreateAsync(cluster.Grains, estateId);
        var count = (2 * CameraOrders.PerTick) + 5;
        await cluster.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId))
            .RegisterAsync([.. Enumerable.Range(1, count).Select(i => new Camera($"CAM-{i:D2}", "B1", $"點位{i}", "dome"))]);
        var facilities = cluster.Grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));

        var orders = await EventuallyAsync(() => facilities.ListOrdersAsync(false), o => o.Count >= count, TimeSpan.FromSeconds(90));

        Assert.Equal(count, orders.Count);
        Assert.Equal(count, orders.Select(o => o.FacilityId).Distinct().Count());
        Assert.All(orders, o => Assert.Equal(CameraOrders.Code, o.Code));
    }

    [Fact]
    public async Task A_trapped_lift_reaches_the_stream_and_its_acknowledgement_goes_to_the_facilities()
    {
        var estateId = Fresh.EstateId("BY");
        var facilities = await Tests.Grains.Facilities.FacilityEstates.CreateAsync(cluster.Grains, estateId);

        await facilities.IngestAsync([Tests.Grains.Facilities.FacilityEstates.Device(Guid.NewGuid().ToString("N"), "LC-1", "trapped-passenger")]);

        var board = await EventuallyAsync(Stream("BY").GetBoardAsync, b => b.Open.Any(a => a.Alarm.EstateId == estateId));
        var shown = board.Open.Single(a => a.Alarm.EstateId == estateId);
        Assert.Equal((AlarmSource.Facilities, "trapped-passenger", AlarmSeverity.Critical), (shown.Alarm.Source, shown.Alarm.Type, shown.Severity));
        var acknowledged = await Stream("BY").AcknowledgeAsync(shown.Alarm.AlarmId, "值班員 周");
        Assert.Equal("值班員 周", acknowledged.AcknowledgedBy);
        Assert.Equal("值班員 周", Assert.Single(await facilities.GetAlarmsAsync(false)).AcknowledgedBy);
        await EventuallyAsync(Stream("BY").GetBoardAsync, b => Find(shown.Alarm.AlarmId)(b)?.Alarm.AcknowledgedBy == "值班員 周");
    }

    [Fact]
    public async Task A_restarted_stream_is_rebuilt_from_what_the_owners_resend()
    {
        var estateId = Fresh.EstateId("HP");
        await CreateAsync(cluster.Grains, estateId);
        var raised = await cluster.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId)).RaiseAlarmAsync(new RaiseAlarm(AlarmType.Device, AlarmSeverity.Major, "panel-1", "煙感"));
        var id = StreamAlarm.IdOf(AlarmSource.Security, estateId, raised.AlarmId);
        await EventuallyAsync(Stream("HP").GetBoardAsync, b => Find(id)(b) is not null);
        var orphan = Reported(Fresh.EstateId("HP"), "AL-1"); // no owner re-sends it: gone once the stream has restarted
        await Stream("HP").ReportAsync(orphan);

        await Stream("HP").Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await EventuallyAsync(Stream("HP").GetBoardAsync, b => Find(orphan.AlarmId)(b) is null);
        var rebuilt = await EventuallyAsync(Stream("HP").GetBoardAsync, b => Find(id)(b) is not null);

        Assert.Equal(AlarmSeverity.Major, Find(id)(rebuilt)!.Alarm.Severity);
    }

    [Fact]
    public async Task An_escalated_case_raises_an_alarm_the_stream_acknowledges_itself_and_clears_when_it_closes()
    {
        var estateId = Fresh.EstateId("YX");
        await CreateAsync(cluster.Grains, estateId);
        var book = cluster.Grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId));
        var filed = await book.FileAsync(new FileIncident(IncidentCategory.Pets, IncidentSeverity.Info, IncidentSource.Resident,
            new IncidentLocation(estateId, "G1", "B1"), "流浪犬", "居民 王"));
        var id = StreamAlarm.IdOf(AlarmSource.Incidents, estateId, filed.IncidentId);

        var board = await EventuallyAsync(Stream("YX").GetBoardAsync, b => Find(id)(b) is not null, TimeSpan.FromSeconds(30));
        Assert.Equal((IncidentAlarm.Type, "B1", filed.IncidentId), (Find(id)(board)!.Alarm.Type, Find(id)(board)!.Alarm.BuildingId, Find(id)(board)!.Alarm.IncidentId));

        var acknowledged = await Stream("YX").AcknowledgeAsync(id, "區值班長");
        Assert.Equal(("區值班長", AlarmState.ActiveAcknowledged), (acknowledged.AcknowledgedBy, acknowledged.State));

        var c = await cluster.Grains.GetGrain<IIncidentGrain>(Keys.Incident(filed.IncidentId)).GetAsync();
        await cluster.Grains.GetGrain<IIncidentGrain>(Keys.Incident(filed.IncidentId)).ActAsync(new IncidentCommand(IncidentAction.Void, c.Summary.Version, "網格員 李")
        {
            Reason = "重複登記", Approver = ApproverRole.DistrictSupervisor,
        });
        var cleared = await EventuallyAsync(Stream("YX").GetBoardAsync, b => b.RecentlyCleared.Any(a => a.Alarm.AlarmId == id));
        Assert.Null(Find(id)(cleared));
    }

    [Fact]
    public async Task Acknowledging_an_id_that_is_no_alarm_id_is_refused()
    {
        await Assert.ThrowsAsync<Errors.ValidationException>(() => Stream().AcknowledgeAsync("not-an-alarm", "op"));
        await Assert.ThrowsAsync<Errors.NotFoundException>(() => Stream().AcknowledgeAsync(StreamAlarm.IdOf(AlarmSource.Incidents, Fresh.EstateId(), "IN-0"), "op"));
    }
}
