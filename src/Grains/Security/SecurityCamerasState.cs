namespace Anju.Security;

/// <summary>Persisted camera register of an estate (state name "security-cameras"), written only when the
/// register changes, never per heartbeat.</summary>
[GenerateSerializer, Alias("Anju.Security.SecurityCamerasState")]
public sealed class SecurityCamerasState
{
    [Id(0)] public Dictionary<string, Camera> Cameras { get; set; } = new(StringComparer.Ordinal);
}
