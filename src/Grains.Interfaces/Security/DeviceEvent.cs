namespace Anju.Security;

/// <summary>One parsed device event for an estate. <see cref="Subject"/> is the camera (heartbeat) or the
/// guard (check-in, clock events); <see cref="CheckpointId"/> is set for check-ins.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.DeviceEvent")]
public sealed record DeviceEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Source,
    [property: Id(2)] DateTimeOffset Timestamp,
    [property: Id(3)] DeviceEventKind Kind,
    [property: Id(4)] string Subject,
    [property: Id(5)] string? CheckpointId,
    [property: Id(6)] string? Device);
