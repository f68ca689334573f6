using Anju.Security;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Integration;

/// <summary>A silo restart keeps the camera register, open alarms and the idempotence window (PostgreSQL).</summary>
[Collection(PostgresCollection.Name)]
public class SecurityRestartTests(PostgresFixture db)
{
    private static readonly Dictionary<string, string?> QuickClock = new()
    {
        ["Security:CameraTimeout"] = "00:00:01",
        ["Security:TickInterval"] = "00:00:00.200",
        ["Security:ReportDelay"] = "00:00:00.050",
    };

    private Task<RunningSilo> StartAsync(string cluster) =>
        RunningSilo.StartAsync(db.ConnectionString, cluster, b => b.Configuration.AddInMemoryCollection(QuickClock));

    [Fact]
    public async Task Register_open_offline_alarms_and_seen_event_ids_survive_a_restart()
    {
        var cluster = $"sr-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId();
        var checkIn = new DeviceEvent($"ci-{Guid.NewGuid():N}", "handset", DateTimeOffset.UtcNow, DeviceEventKind.ClockIn, "G-1", null, null);
        IReadOnlyList<Alarm> before;
        await using (var silo = await StartAsync(cluster))
        {
            await TestEstates.CreateAsync(silo.Grains, estateId);
            var desk = silo.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId));
            await silo.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId)).RegisterAsync([new("CAM-1", "B1", "大堂", "dome"), new("CAM-2", null, "大門", "bullet")]);
            await desk.RegisterGuardAsync(new Guard("G-1", "保安甲", null));
            Assert.Equal(IngestOutcome.Accepted, (await desk.IngestAsync([checkIn])).Single().Outcome);
            before = await Wait.EventuallyAsync(() => desk.GetAlarmsAsync(false), a => a.Count(x => x.Type == AlarmType.CameraOffline) == 2);
            Assert.Equal(2, before.Count(x => x.Type == AlarmType.CameraOffline));
        }

        await using (var silo = await StartAsync(cluster))
        {
            var desk = silo.Grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId));
            var register = silo.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId));
            var cameras = await register.GetCamerasAsync();
            Assert.Equal(["CAM-1", "CAM-2"], cameras.Select(c => c.Camera.CameraId));
            Assert.All(cameras, c => Assert.False(c.Online));
            Assert.Equal(before.Select(a => a.AlarmId).Order(), (await desk.GetAlarmsAsync(false)).Select(a => a.AlarmId).Order());
            Assert.Equal(["G-1"], (await desk.GetViewAsync()).OnDuty.Select(d => d.GuardId));

            Assert.Equal(IngestOutcome.Duplicate, (await desk.IngestAsync([checkIn])).Single().Outcome);
            var beat = new DeviceEvent($"hb-{Guid.NewGuid():N}", "vms", DateTimeOffset.UtcNow, DeviceEventKind.Heartbeat, "CAM-1", null, null);
            Assert.Equal(IngestOutcome.Accepted, (await register.IngestAsync([beat])).Single().Outcome);
            var open = await desk.GetAlarmsAsync(false);
            Assert.Equal(["camera/CAM-2"], open.Select(a => a.Originator));
            Assert.True((await register.GetCamerasAsync()).Single(c => c.Camera.CameraId == "CAM-1").Online);
        }
    }
}
