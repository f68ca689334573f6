using Anju.Common;
using Anju.Estates;

namespace Anju.Security;

/// <summary>The camera register and camera health from heartbeats: last-seen never moves back or into the future;
/// silent for longer than the timeout is offline.</summary>
internal static class CameraRules
{
    public static DateTimeOffset Seen(DateTimeOffset lastSeen, DateTimeOffset heartbeat, DateTimeOffset now) =>
        heartbeat > now ? (now > lastSeen ? now : lastSeen) : (heartbeat > lastSeen ? heartbeat : lastSeen);

    public static bool IsOffline(DateTimeOffset lastSeen, DateTimeOffset now, TimeSpan timeout) => now - lastSeen > timeout;

    /// <summary>The cameras as they will be held, or a <see cref="ValidationException"/> naming the camera and field at
    /// fault; a building must be one of the estate's.</summary>
    public static IReadOnlyList<Camera> Valid(IReadOnlyList<Camera> cameras, EstateStructure structure, string estateId)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentNullException.ThrowIfNull(structure);
        return [.. cameras.Select((c, i) =>
        {
            var building = string.IsNullOrWhiteSpace(c.BuildingId) ? null : c.BuildingId;
            if (building is not null && !structure.Buildings.Any(b => b.BuildingId == building))
            {
                throw new ValidationException($"cameras[{i}].buildingId", $"Building '{building}' is not in estate '{estateId}'.");
            }

            return new Camera(Validate.Id($"cameras[{i}].cameraId", c.CameraId), building,
                Validate.Text($"cameras[{i}].location", c.Location, 100), Validate.Text($"cameras[{i}].kind", c.Kind, 40));
        })];
    }

    /// <summary>Puts new and changed cameras on the register; true when any was.</summary>
    public static bool Register(Dictionary<string, Camera> register, IEnumerable<Camera> cameras)
    {
        ArgumentNullException.ThrowIfNull(register);
        var fresh = cameras.Where(c => !register.TryGetValue(c.CameraId, out var held) || held != c).ToList();
        foreach (var camera in fresh)
        {
            register[camera.CameraId] = camera;
        }

        return fresh.Count > 0;
    }
}
