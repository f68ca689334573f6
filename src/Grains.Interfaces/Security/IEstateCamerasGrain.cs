namespace Anju.Security;

/// <summary>An estate's camera register (視頻監控) and its heartbeats: the one owner of which cameras exist and which
/// are offline. Key: <see cref="Keys.EstateCameras"/>. It reports every change in the register or in who is offline to
/// the estate's security desk (<see cref="IEstateSecurityGrain.ReportCamerasAsync"/>), which counts the cameras and
/// holds the offline alarms; the desk pulls <see cref="GetReportAsync"/> when it activates.</summary>
[Alias("Anju.Security.IEstateCamerasGrain")]
public interface IEstateCamerasGrain : IGrainWithStringKey
{
    /// <summary>Registers cameras (idempotent per id); returns how many the register now holds. A building must be
    /// one of the estate's.</summary>
    Task<int> RegisterAsync(IReadOnlyList<Camera> cameras);

    /// <summary>Applies a batch of heartbeats: one result per event, in order. A heartbeat that brings an offline
    /// camera back is acknowledged once the desk has cleared its alarm.</summary>
    Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> heartbeats);

    /// <summary>The camera register with who is online.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CameraStatus>> GetCamerasAsync();

    /// <summary>What the desk needs: how many cameras, which are offline. Interleaves and never calls the desk: the
    /// desk awaits it while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<CameraReport> GetReportAsync();
}
