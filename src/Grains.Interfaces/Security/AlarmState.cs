namespace Anju.Security;

/// <summary>An alarm's life: active and unacknowledged, active and acknowledged, cleared.</summary>
public enum AlarmState
{
    ActiveUnacknowledged,
    ActiveAcknowledged,
    Cleared,
}
