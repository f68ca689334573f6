namespace Anju.Security;

/// <summary>What a device reports through the ingest endpoint.</summary>
[GenerateSerializer]
public enum DeviceEventKind
{
    Heartbeat,
    CheckIn,
    ClockIn,
    ClockOut,
}
