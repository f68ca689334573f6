namespace Anju.Security;

/// <summary>A camera on the estate's register (視頻監控).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Camera")]
public sealed record Camera(
    [property: Id(0)] string CameraId, [property: Id(1)] string? BuildingId,
    [property: Id(2)] string Location, [property: Id(3)] string Kind);
