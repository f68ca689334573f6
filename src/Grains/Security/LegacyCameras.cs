using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Anju.Security;

/// <summary>Before the camera register had a grain of its own, the desk held it (state "security-cameras" under the
/// desk's key) and knew offline cameras only by their open CameraOffline alarms (state "security-desk"). A register
/// with no record of its own adopts that once: the cameras, and as offline those whose alarm is open (since the alarm
/// was raised), so a running deployment keeps the cameras it registered and no alarm clears by itself. The old row is
/// then cleared: one owner per fact.</summary>
internal static class LegacyCameras
{
    public const string RegisterState = "security-cameras";

    public const string DeskState = "security-desk";

    /// <summary>Adopts the desk's register into <paramref name="register"/> when the desk has one; writes it first,
    /// then clears the desk's (a failed clear leaves a row nobody reads).</summary>
    public static async Task AdoptAsync(IPersistentState<EstateCamerasState> register, IGrainStorage storage, GrainId desk, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(storage);
        var cameras = new GrainState<SecurityCamerasState>(new SecurityCamerasState());
        await storage.ReadStateAsync(RegisterState, desk, cameras);
        if (!cameras.RecordExists || cameras.State is not { Cameras.Count: > 0 } held)
        {
            return;
        }

        var alarms = new GrainState<SecurityDeskState>(new SecurityDeskState());
        await storage.ReadStateAsync(DeskState, desk, alarms);
        register.State = Adopt(held, alarms.State ?? new SecurityDeskState());
        await register.WriteStateAsync();
        try
        {
            await storage.ClearStateAsync(RegisterState, desk, cameras);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "The desk {Desk} keeps its old camera register row; the camera grain has adopted it and nothing reads it", desk);
        }
    }

    /// <summary>The register as the camera grain holds it: the desk's cameras, offline where the desk's alarm is open.</summary>
    public static EstateCamerasState Adopt(SecurityCamerasState register, SecurityDeskState desk)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(desk);
        return new EstateCamerasState
        {
            Cameras = new Dictionary<string, Camera>(register.Cameras, StringComparer.Ordinal),
            Offline = desk.Alarms
                .Where(a => a.IsOpen && a.Type == AlarmType.CameraOffline && a.Originator.StartsWith(CameraAlarms.Prefix, StringComparison.Ordinal))
                .Select(a => (CameraId: a.Originator[CameraAlarms.Prefix.Length..], a.RaisedAt))
                .Where(a => register.Cameras.ContainsKey(a.CameraId))
                .ToDictionary(a => a.CameraId, a => a.RaisedAt, StringComparer.Ordinal),
        };
    }
}
