using Anju.Security;

namespace Anju.Alarms;

/// <summary>
/// An alarm as the stream shows it: the owner's alarm, the severity it has risen to with the time it stayed
/// unacknowledged, and how many times the stream reminded the screens of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Alarms.BoardAlarm")]
public sealed record BoardAlarm(
    [property: Id(0)] StreamAlarm Alarm,
    [property: Id(1)] AlarmSeverity Severity,
    [property: Id(2)] int Reminders,
    [property: Id(3)] string? SituationId);

/// <summary>Alarms in one building (or grid) of an estate raised within a short window: one picture for the operator.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Alarms.AlarmSituation")]
public sealed record AlarmSituation(
    [property: Id(0)] string SituationId,
    [property: Id(1)] string EstateId,
    [property: Id(2)] string? BuildingId,
    [property: Id(3)] string? GridId,
    [property: Id(4)] IReadOnlyList<string> AlarmIds,
    [property: Id(5)] AlarmSeverity Severity,
    [property: Id(6)] DateTimeOffset Since);

/// <summary>What the alarm ticker shows for a district, or the city when <see cref="District"/> is null: open alarms
/// (most severe, then newest first), those cleared recently, and the situations they form.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Alarms.AlarmBoard")]
public sealed record AlarmBoard(
    [property: Id(0)] string? District,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<BoardAlarm> Open,
    [property: Id(3)] IReadOnlyList<BoardAlarm> RecentlyCleared,
    [property: Id(4)] IReadOnlyList<AlarmSituation> Situations)
{
    [Id(5)] public int Unacknowledged { get; init; }
}
