namespace Anju.Security;

/// <summary>A camera judged offline, and when it was last heard from.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.OfflineCamera")]
public sealed record OfflineCamera([property: Id(0)] string CameraId, [property: Id(1)] DateTimeOffset LastSeen)
{
    /// <summary>The camera's building, when the register knows it: groups its alarm with others in one situation.</summary>
    [Id(2)] public string? BuildingId { get; init; }

    /// <summary>Where the camera looks, for people (the name of the CCTV facility its offline alarm may register).</summary>
    [Id(3)] public string? Location { get; init; }
}
