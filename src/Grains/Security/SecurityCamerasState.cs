namespace Anju.Security;

/// <summary>The camera register as the desk used to hold it (state name "security-cameras", under the desk's key).
/// Only read, once, by <see cref="LegacyCameras"/> when an estate's camera register first activates.</summary>
[GenerateSerializer, Alias("Anju.Security.SecurityCamerasState")]
internal sealed class SecurityCamerasState
{
    [Id(0)] public Dictionary<string, Camera> Cameras { get; set; } = new(StringComparer.Ordinal);
}
