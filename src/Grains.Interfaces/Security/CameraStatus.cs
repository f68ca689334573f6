namespace Anju.Security;

/// <summary>A registered camera and whether it is online now.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.CameraStatus")]
public sealed record CameraStatus(
    [property: Id(0)] Camera Camera, [property: Id(1)] bool Online, [property: Id(2)] DateTimeOffset? LastSeen);
