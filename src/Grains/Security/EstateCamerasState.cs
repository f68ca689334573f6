namespace Anju.Security;

/// <summary>Persisted state of an estate's camera register (state name "estate-cameras"): the cameras and which of
/// them are offline (camera → last seen). Written when either changes, never per heartbeat.</summary>
[GenerateSerializer, Alias("Anju.Security.EstateCamerasState")]
internal sealed class EstateCamerasState
{
    [Id(0)] public Dictionary<string, Camera> Cameras { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, DateTimeOffset> Offline { get; set; } = new(StringComparer.Ordinal);
}
