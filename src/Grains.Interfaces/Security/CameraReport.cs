namespace Anju.Security;

/// <summary>What the camera register tells the security desk: how many cameras it holds and which are offline,
/// versioned so the desk keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.CameraReport")]
public sealed record CameraReport(
    [property: Id(0)] long Version, [property: Id(1)] int Total, [property: Id(2)] IReadOnlyList<OfflineCamera> Offline)
{
    /// <summary>Registered cameras that are not offline.</summary>
    public int Online => Total - Offline.Count;
}
