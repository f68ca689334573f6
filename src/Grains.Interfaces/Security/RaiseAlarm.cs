namespace Anju.Security;

/// <summary>Raise (or repeat) an alarm from outside the desk, e.g. a device-raised incident.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.RaiseAlarm")]
public sealed record RaiseAlarm(
    [property: Id(0)] AlarmType Type, [property: Id(1)] AlarmSeverity Severity,
    [property: Id(2)] string Originator, [property: Id(3)] string Detail);
