namespace Anju.Security;

/// <summary>One parsed device event for an estate. <see cref="Subject"/> is the camera (heartbeat), the
/// guard (check-in, clock events) or the facility or device id (fault events); <see cref="CheckpointId"/> is set for check-ins.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.DeviceEvent")]
public sealed record DeviceEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Source,
    [property: Id(2)] DateTimeOffset Timestamp,
    [property: Id(3)] DeviceEventKind Kind,
    [property: Id(4)] string Subject,
    [property: Id(5)] string? CheckpointId,
    [property: Id(6)] string? Device)
{
    /// <summary>Fault events: the controller's fault code (<c>trapped-passenger</c>, <c>no-pressure</c>, <c>fire-alarm</c> …).</summary>
    [Id(7)] public string? Code { get; init; }
}
