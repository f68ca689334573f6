namespace Anju.Security;

/// <summary>An alarm's life: active and unacknowledged, active and acknowledged, cleared.</summary>
[GenerateSerializer]
public enum AlarmState
{
    ActiveUnacknowledged,
    ActiveAcknowledged,
    Cleared,
}
