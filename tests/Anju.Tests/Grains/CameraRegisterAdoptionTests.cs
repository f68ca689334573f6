using Anju.Security;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Anju.Tests.Grains;

/// <summary>A deployment that registered cameras while the desk held the register keeps them, and which are offline,
/// when the register becomes its own grain.</summary>
[Collection(ClusterCollection.Name)]
public class CameraRegisterAdoptionTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);

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

        var cameras = await fixture.Grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(estateId)).GetCamerasAsync();

        Assert.Equal([("CAM-1", false), ("CAM-2", true)], cameras.Select(c => (c.Camera.CameraId, c.Online)));
        var open = await desk.GetAlarmsAsync(false);
        Assert.Equal(alarm.AlarmId, Assert.Single(open).AlarmId); // the offline camera's alarm stays open, and is not raised twice
        var left = new GrainState<SecurityCamerasState>(new SecurityCamerasState());
        await Storage.ReadStateAsync(LegacyCameras.RegisterState, desk.GetGrainId(), left);
        Assert.False(left.RecordExists); // one owner: the desk's copy is gone
        Assert.Equal(2, (await desk.GetViewAsync()).Counts.CamerasTotal);
    }
}
