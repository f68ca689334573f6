namespace Anju.Security;

/// <summary>What a device reports through the ingest endpoint.</summary>
public enum DeviceEventKind
{
    Heartbeat,
    CheckIn,
    ClockIn,
    ClockOut,
}
