using Anju.Errors;
using Anju.Estates;
using Anju.Security;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

/// <summary>The security desk on the test cluster: ticks every 100 ms, cameras time out after 1 s.</summary>
[Collection(ClusterCollection.Name)]
public class SecurityGrainTests(ClusterFixture fixture)
{
    private IEstateSecurityGrain Desk(string estateId) => fixture.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId));

    private IEstateCamerasGrain Cameras(string estateId) => fixture.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId));

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);

    /// <summary>Newer than anything the estate itself reports (its versions are Unix milliseconds).</summary>
    private static PopulationReport Population(int residents) =>
        new(DateTimeOffset.UtcNow.AddYears(1).ToUnixTimeMilliseconds(), residents, new Dictionary<string, int>());

    private static DeviceEvent Event(DeviceEventKind kind, string subject, string? checkpoint = null, DateTimeOffset? at = null) =>
        new(Guid.NewGuid().ToString("N"), "test-vms", at ?? DateTimeOffset.UtcNow, kind, subject, checkpoint, "handset-1");

    private async Task<(string EstateId, IEstateGrain Estate, IEstateSecurityGrain Desk)> EstateAsync()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        return (id, estate, Desk(id));
    }

    [Fact]
    public async Task Under_staffing_raises_an_alarm_after_the_grace_and_clears_when_guards_clock_in()
    {
        var (_, estate, desk) = await EstateAsync();
        await desk.SetPolicyAsync(new StaffingPolicy([new(null, null, 10)], TimeSpan.FromMilliseconds(300)));
        foreach (var g in new[] { "G-1", "G-2", "G-3" })
        {
            await desk.RegisterGuardAsync(new Guard(g, $"保安{g}", null));
        }

        await desk.ClockAsync("G-1", onDuty: true, "主管");
        await desk.ReportPopulationAsync(Population(25)); // ⌈25 ÷ 10⌉ = 3 required, 1 on duty

        var raised = await EventuallyAsync(() => desk.GetAlarmsAsync(false), a => a.Any(x => x.Type == AlarmType.UnderStaffed));
        var alarm = Assert.Single(raised, a => a.Type == AlarmType.UnderStaffed);
        Assert.Equal(AlarmState.ActiveUnacknowledged, alarm.State);
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Security.UnderStaffedEstates == 1);
        Assert.Equal((1, 3), (status.Security.GuardsOnDuty, status.Security.GuardsRequired));

        await desk.ClockAsync("G-2", onDuty: true, "主管");
        var results = await desk.IngestAsync([Event(DeviceEventKind.ClockIn, "G-3")]);
        Assert.Equal(IngestOutcome.Accepted, Assert.Single(results).Outcome);

        var open = await EventuallyAsync(() => desk.GetAlarmsAsync(false), a => a.Count == 0);
        Assert.Empty(open);
        Assert.Equal(AlarmState.Cleared, (await desk.GetAlarmsAsync(true)).Single(a => a.AlarmId == alarm.AlarmId).State);
        status = await EventuallyAsync(estate.GetStatusAsync, s => s.Security.GuardsOnDuty == 3);
        Assert.Equal((0, 0), (status.Security.UnderStaffedEstates, status.Security.ActiveAlarms));
    }

    [Fact]
    public async Task A_shortage_shorter_than_the_grace_raises_nothing()
    {
        var (_, _, desk) = await EstateAsync();
        await desk.SetPolicyAsync(new StaffingPolicy([new(null, null, 10)], TimeSpan.FromMinutes(10)));
        await desk.ReportPopulationAsync(Population(25));

        var view = await EventuallyAsync(desk.GetViewAsync, v => v.UnderStaffedSince is not null);
        Assert.Equal(3, view.Counts.GuardsRequired);
        await Task.Delay(300);
        Assert.Empty(await desk.GetAlarmsAsync(false));
    }

    [Fact]
    public async Task A_resident_count_that_moves_no_requirement_is_kept_through_deactivation()
    {
        var (_, _, desk) = await EstateAsync();
        await desk.SetPolicyAsync(new StaffingPolicy([new(null, null, 10)], TimeSpan.FromMinutes(10)));
        await desk.ReportPopulationAsync(Population(25)); // 3 required: written at once
        await EventuallyAsync(desk.GetViewAsync, v => v.Staffing[^1].Residents == 25);
        await desk.ReportPopulationAsync(Population(26) with { Version = Population(0).Version + 1 }); // still 3 required

        var view = await EventuallyAsync(desk.GetViewAsync, v => v.Staffing[^1].Residents == 26);
        Assert.Equal(3, view.Counts.GuardsRequired);
        await fixture.Cluster.DeactivateAsync(desk);

        var reloaded = await desk.GetViewAsync();
        Assert.Equal((26, 3), (reloaded.Staffing[^1].Residents, reloaded.Counts.GuardsRequired));
    }

    [Fact]
    public async Task A_round_with_no_check_ins_raises_a_missed_checkpoint_alarm_and_a_complete_round_clears_it()
    {
        var (_, estate, desk) = await EstateAsync();
        await desk.RegisterGuardAsync(new Guard("G-1", "保安甲", null));
        await desk.DefineRouteAsync(new PatrolRoute("R1", "東區", false, [new("CP-1", "大門"), new("CP-2", "車庫")],
            TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)));

        var alarms = await EventuallyAsync(() => desk.GetAlarmsAsync(false), a => a.Any(x => x.Type == AlarmType.MissedCheckpoint));
        var missed = Assert.Single(alarms, a => a.Type == AlarmType.MissedCheckpoint);
        Assert.Equal("route/R1", missed.Originator);
        Assert.Contains("CP-1", missed.Detail, StringComparison.Ordinal);
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Security.MissedCheckpointsToday >= 2);
        Assert.True(status.Security.ActiveAlarms >= 1);

        // The next round: check in at both checkpoints with device times inside its window.
        var round = (await EventuallyAsync(desk.GetViewAsync, v => v.Rounds.Single().Start > missed.RaisedAt)).Rounds.Single();
        var start = round.Start;
        await EventuallyAsync(() => Task.FromResult(DateTimeOffset.UtcNow), now => now >= start.AddSeconds(1)); // device times are never in the future
        var results = await desk.IngestAsync(
            [Event(DeviceEventKind.CheckIn, "G-1", "CP-1", start.AddMilliseconds(100)), Event(DeviceEventKind.CheckIn, "G-1", "CP-2", start.AddMilliseconds(900))]);
        Assert.All(results, r => Assert.Equal(IngestOutcome.Accepted, r.Outcome));

        var cleared = await EventuallyAsync(() => desk.GetAlarmsAsync(true), a => a.Single(x => x.AlarmId == missed.AlarmId).State == AlarmState.Cleared);
        Assert.Equal(AlarmState.Cleared, cleared.Single(x => x.AlarmId == missed.AlarmId).State);
        var view = await desk.GetViewAsync();
        Assert.True(view.Today.RoundsCompleted >= 1);
        Assert.True(view.Today.PatrolMinutes > 0);
    }

    [Fact]
    public async Task A_silent_camera_goes_offline_with_an_alarm_and_comes_back_on_its_next_heartbeat()
    {
        var (estateId, estate, desk) = await EstateAsync();
        var cameras = Cameras(estateId);
        Assert.Equal(2, await cameras.RegisterAsync([new("CAM-1", "B1", "大堂", "dome"), new("CAM-2", null, "大門", "bullet")]));

        // CAM-2 keeps beating; CAM-1 never does.
        using var beating = new CancellationTokenSource();
        var beats = Task.Run(async () =>
        {
            while (!beating.IsCancellationRequested)
            {
                await cameras.IngestAsync([Event(DeviceEventKind.Heartbeat, "CAM-2")]);
                await Task.Delay(200);
            }
        });

        var alarms = await EventuallyAsync(() => desk.GetAlarmsAsync(false), a => a.Any(x => x.Type == AlarmType.CameraOffline));
        var offline = Assert.Single(alarms);
        Assert.Equal("camera/CAM-1", offline.Originator);
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Security.CamerasTotal == 2 && s.Security.CamerasOnline == 1);
        Assert.Equal(1, status.Security.CamerasOnline);

        var beat = Event(DeviceEventKind.Heartbeat, "CAM-1");
        Assert.Equal(IngestOutcome.Accepted, (await cameras.IngestAsync([beat])).Single().Outcome);
        Assert.Equal(IngestOutcome.Duplicate, (await cameras.IngestAsync([beat])).Single().Outcome);
        Assert.Equal(AlarmState.Cleared, (await desk.GetAlarmsAsync(true)).Single(a => a.AlarmId == offline.AlarmId).State);
        Assert.True((await cameras.GetCamerasAsync()).Single(c => c.Camera.CameraId == "CAM-1").Online);

        await beating.CancelAsync();
        await beats;
    }

    [Fact]
    public async Task A_mixed_batch_gets_one_result_per_event()
    {
        var (estateId, _, desk) = await EstateAsync();
        await desk.RegisterGuardAsync(new Guard("G-1", "保安甲", null));
        await desk.DefineRouteAsync(new PatrolRoute("R1", "東區", false, [new("CP-1", "大門")], TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)));
        var checkIn = Event(DeviceEventKind.CheckIn, "G-1", "CP-1");

        var results = await desk.IngestAsync(
        [
            checkIn, checkIn, Event(DeviceEventKind.CheckIn, "G-1", "CP-404"), Event(DeviceEventKind.ClockIn, "G-404"),
            Event(DeviceEventKind.Heartbeat, "CAM-404"), Event(DeviceEventKind.ClockIn, "G-1"),
        ]);

        Assert.Equal(
            [IngestOutcome.Accepted, IngestOutcome.Duplicate, IngestOutcome.Rejected, IngestOutcome.Rejected, IngestOutcome.Rejected, IngestOutcome.Accepted],
            results.Select(r => r.Outcome));
        Assert.Contains("unknown checkpoint 'CP-404'", results[2].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown guard 'G-404'", results[3].Reason, StringComparison.Ordinal);
        Assert.Contains("camera register", results[4].Reason, StringComparison.Ordinal); // heartbeats are the camera register's
        var heartbeat = Assert.Single(await Cameras(estateId).IngestAsync([Event(DeviceEventKind.Heartbeat, "CAM-404")]));
        Assert.Equal(IngestOutcome.Rejected, heartbeat.Outcome);
        Assert.Contains("unknown camera 'CAM-404'", heartbeat.Reason, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Duplicate, (await desk.IngestAsync([checkIn])).Single().Outcome);
        Assert.Equal(["G-1"], (await desk.GetViewAsync()).OnDuty.Select(d => d.GuardId));
    }

    [Fact]
    public async Task Alarms_are_acknowledged_with_an_actor()
    {
        var (_, estate, desk) = await EstateAsync();
        var alarm = await desk.RaiseAlarmAsync(new RaiseAlarm(AlarmType.Device, AlarmSeverity.Critical, "sensor/B1-smoke", "煙感報警"));
        var repeat = await desk.RaiseAlarmAsync(new RaiseAlarm(AlarmType.Device, AlarmSeverity.Critical, "sensor/B1-smoke", "煙感報警"));
        Assert.Equal((alarm.AlarmId, 2), (repeat.AlarmId, repeat.Count));

        var error = await Assert.ThrowsAsync<ValidationException>(() => desk.AcknowledgeAlarmAsync(alarm.AlarmId, ""));
        Assert.Equal("actor", error.Field);
        Assert.Equal(AlarmState.ActiveUnacknowledged, (await desk.GetAlarmsAsync(false)).Single().State);

        var acknowledged = await desk.AcknowledgeAlarmAsync(alarm.AlarmId, "值班員李");
        Assert.Equal((AlarmState.ActiveAcknowledged, "值班員李"), (acknowledged.State, acknowledged.AcknowledgedBy));
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Security.ActiveAlarms == 1 && s.Security.UnacknowledgedAlarms == 0);
        Assert.Equal(0, status.Security.UnacknowledgedAlarms);
        await Assert.ThrowsAsync<NotFoundException>(() => desk.AcknowledgeAlarmAsync("AL-999999", "someone"));
    }

    [Fact]
    public async Task Bad_roster_input_names_the_field_and_changes_nothing()
    {
        var (_, _, desk) = await EstateAsync();

        Assert.Equal("zoneId", (await Assert.ThrowsAsync<ValidationException>(() => desk.RegisterGuardAsync(new Guard("G-1", "甲", "Z9")))).Field);
        Assert.Equal("guardId", (await Assert.ThrowsAsync<ValidationException>(() => desk.PlanShiftAsync(
            new Shift("S-1", "G-404", null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(8), false)))).Field);
        Assert.Equal("roundWindow", (await Assert.ThrowsAsync<ValidationException>(() => desk.DefineRouteAsync(
            new PatrolRoute("R1", "東區", false, [new("CP-1", "大門")], TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20))))).Field);

        var view = await desk.GetViewAsync();
        Assert.Empty(view.Guards);
        Assert.Empty(view.Shifts);
        Assert.Empty(view.Routes);
    }

    [Fact]
    public async Task Defining_the_same_route_again_keeps_its_running_round()
    {
        var (_, _, desk) = await EstateAsync();
        var route = new PatrolRoute("R1", "東區", true, [new("CP-1", "大門"), new("CP-2", "車庫")], TimeSpan.FromHours(1), TimeSpan.FromMinutes(50));
        await desk.DefineRouteAsync(route);
        var round = (await desk.GetViewAsync()).Rounds.Single();

        await desk.DefineRouteAsync(route with { Checkpoints = [new("CP-1", "大門"), new("CP-2", "車庫")] });
        Assert.Equal(round.Start, (await desk.GetViewAsync()).Rounds.Single().Start);

        var changed = await desk.DefineRouteAsync(route with { RoundInterval = TimeSpan.FromHours(2) });
        Assert.Equal(TimeSpan.FromHours(2), changed.RoundInterval);
        Assert.Equal(TimeSpan.FromHours(2), (await desk.GetViewAsync()).Routes.Single().RoundInterval);
    }

    [Fact]
    public async Task Vacant_unconfirmed_and_unattended_shifts_are_counted()
    {
        var (_, _, desk) = await EstateAsync();
        await desk.RegisterGuardAsync(new Guard("G-1", "保安甲", null));
        var start = DateTimeOffset.UtcNow.AddHours(2);
        await desk.PlanShiftAsync(new Shift("S-1", null, null, start, start.AddHours(8), false));
        await desk.PlanShiftAsync(new Shift("S-2", "G-1", null, start, start.AddHours(8), false));
        await desk.PlanShiftAsync(new Shift("S-3", "G-1", null, start.AddHours(8), start.AddHours(16), false));
        await desk.ConfirmShiftAsync("S-3", "G-1");

        await desk.RegisterGuardAsync(new Guard("G-2", "保安乙", null));
        await desk.PlanShiftAsync(new Shift("S-4", "G-2", null, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(7), false));

        var counts = (await desk.GetViewAsync()).Counts;
        Assert.Equal((1, 2, 1), (counts.VacantShifts, counts.UnconfirmedShifts, counts.AbsentFromShift));

        await desk.ClockAsync("G-2", onDuty: true, "主管"); // planned and actual agree
        Assert.Equal(0, (await desk.GetViewAsync()).Counts.AbsentFromShift);
    }

    /// <summary>A deployment that registered cameras while the desk held the register keeps them, and which are offline.</summary>
    [Fact]
    public async Task The_register_adopts_the_cameras_and_offline_alarms_the_desk_had_stored()
    {
        var estateId = Fresh.EstateId();
        var desk = fixture.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId));
        var old = new SecurityCamerasState();
        old.Cameras["CAM-1"] = new("CAM-1", "B1", "大堂", "dome");
        old.Cameras["CAM-2"] = new("CAM-2", null, "大門", "bullet");
        var deskState = new SecurityDeskState();
        var alarm = AlarmBook.Raise(deskState, new RaiseAlarm(AlarmType.CameraOffline, AlarmSeverity.Minor, "camera/CAM-1", "No heartbeat"), DateTimeOffset.UtcNow);
        await Storage.WriteStateAsync(LegacyCameras.RegisterState, desk.GetGrainId(), new GrainState<SecurityCamerasState>(old));
        await Storage.WriteStateAsync(LegacyCameras.DeskState, desk.GetGrainId(), new GrainState<SecurityDeskState>(deskState));

        var cameras = await Cameras(estateId).GetCamerasAsync();

        Assert.Equal([("CAM-1", false), ("CAM-2", true)], cameras.Select(c => (c.Camera.CameraId, c.Online)));
        var open = await desk.GetAlarmsAsync(false);
        Assert.Equal(alarm.AlarmId, Assert.Single(open).AlarmId); // the offline camera's alarm stays open, and is not raised twice
        var left = new GrainState<SecurityCamerasState>(new SecurityCamerasState());
        await Storage.ReadStateAsync(LegacyCameras.RegisterState, desk.GetGrainId(), left);
        Assert.False(left.RecordExists); // one owner: the desk's copy is gone
        Assert.Equal(2, (await desk.GetViewAsync()).Counts.CamerasTotal);
    }
}
