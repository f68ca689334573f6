namespace Anju.Security;

/// <summary>One alarm of an estate's security desk. <see cref="Count"/> grows while it repeats open.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Alarm")]
public sealed record Alarm(
    [property: Id(0)] string AlarmId,
    [property: Id(1)] AlarmType Type,
    [property: Id(2)] AlarmSeverity Severity,
    [property: Id(3)] string Originator,
    [property: Id(4)] AlarmState State,
    [property: Id(5)] int Count,
    [property: Id(6)] string Detail,
    [property: Id(7)] DateTimeOffset RaisedAt,
    [property: Id(8)] DateTimeOffset LastRaisedAt)
{
    [Id(9)] public string? AcknowledgedBy { get; init; }
    [Id(10)] public DateTimeOffset? AcknowledgedAt { get; init; }
    [Id(11)] public DateTimeOffset? ClearedAt { get; init; }

    /// <summary>Not yet cleared.</summary>
    public bool IsOpen => State != AlarmState.Cleared;
}
