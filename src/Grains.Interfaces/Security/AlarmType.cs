namespace Anju.Security;

/// <summary>What an alarm (告警) is about. One open alarm per originator and type.</summary>
[GenerateSerializer]
public enum AlarmType
{
    /// <summary>Guards on duty stayed below the required number for longer than the grace.</summary>
    UnderStaffed,

    /// <summary>A patrol round ended with checkpoints nobody checked in at (deadman).</summary>
    MissedCheckpoint,

    /// <summary>A camera sent no heartbeat within the timeout.</summary>
    CameraOffline,

    /// <summary>Raised by a device or another capability (e.g. an incident sensor).</summary>
    Device,
}
