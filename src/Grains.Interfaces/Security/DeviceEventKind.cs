namespace Anju.Security;

/// <summary>What a device reports through the ingest endpoint.</summary>
[GenerateSerializer]
public enum DeviceEventKind
{
    Heartbeat,
    CheckIn,
    ClockIn,
    ClockOut,

    /// <summary>A facility's controller reports a fault code (payload <c>facilityId</c> or <c>deviceId</c>, <c>code</c>).</summary>
    Fault,

    /// <summary>The controller reports the fault code gone.</summary>
    FaultCleared,
}
