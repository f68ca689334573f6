namespace Anju.Security;

/// <summary>A camera judged offline, and when it was last heard from.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.OfflineCamera")]
public sealed record OfflineCamera([property: Id(0)] string CameraId, [property: Id(1)] DateTimeOffset LastSeen);
