using Anju.Common;

namespace Anju.Security;

/// <summary>The camera register and heartbeat tracking. Last-seen times live in memory only: 20,000 cameras
/// beating every 30 s would otherwise cost a database write per heartbeat, and a lost last-seen costs nothing
/// but one timeout (after a restart every camera is judged from the activation time). Offline transitions are
/// durable as CameraOffline alarms, so an offline camera stays offline across a restart until it beats again.</summary>
public sealed partial class EstateSecurityGrain
{
    private const string CameraPrefix = "camera/";
    private readonly Dictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heartbeatIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _heartbeatOrder = new();
    private HashSet<string> _offline = new(StringComparer.Ordinal);
    private DateTimeOffset _cameraClockStart;

    private int OfflineCount => _offline.Count(register.State.Cameras.ContainsKey);

    public async Task<int> RegisterCamerasAsync(IReadOnlyList<Camera> cameras)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var structure = await StructureAsync();
        var valid = cameras.Select((c, i) =>
        {
            var building = string.IsNullOrWhiteSpace(c.BuildingId) ? null : c.BuildingId;
            if (building is not null && !structure.Buildings.Any(b => b.BuildingId == building))
            {
                throw new ValidationException($"cameras[{i}].buildingId", $"Building '{building}' is not in estate '{EstateId}'.");
            }

            return new Camera(Validate.Id($"cameras[{i}].cameraId", c.CameraId), building,
                Validate.Text($"cameras[{i}].location", c.Location, 100), Validate.Text($"cameras[{i}].kind", c.Kind, 40));
        }).ToList();
        var fresh = valid.Where(c => !register.State.Cameras.TryGetValue(c.CameraId, out var held) || held != c).ToList();
        if (fresh.Count > 0)
        {
            foreach (var camera in fresh)
            {
                register.State.Cameras[camera.CameraId] = camera;
            }

            try
            {
                await register.WriteStateAsync();
            }
            catch
            {
                await register.ReadStateAsync();
                throw;
            }

            await WatchAsync();
            Changed();
        }

        return register.State.Cameras.Count;
    }

    public Task<IReadOnlyList<CameraStatus>> GetCamerasAsync() => Task.FromResult<IReadOnlyList<CameraStatus>>(
        [.. register.State.Cameras.Values.OrderBy(c => c.CameraId, StringComparer.Ordinal)
            .Select(c => new CameraStatus(c, !_offline.Contains(c.CameraId), _lastSeen.TryGetValue(c.CameraId, out var seen) ? seen : null))]);

    /// <summary>Cameras start their clock when the desk activates: after a restart each is re-judged after one timeout.</summary>
    private void StartCameraClock() => _cameraClockStart = Now;

    private void ReindexCameras() => _offline = new HashSet<string>(
        S.Alarms.Where(a => a.IsOpen && a.Type == AlarmType.CameraOffline).Select(a => a.Originator[CameraPrefix.Length..]), StringComparer.Ordinal);

    /// <summary>A heartbeat: null when applied, else the reason it was rejected. Sets <paramref name="durable"/>
    /// when it brought an offline camera back (the alarm clears, which must be persisted).</summary>
    private string? Heartbeat(DeviceEvent e, DateTimeOffset now, ref bool durable)
    {
        if (!register.State.Cameras.ContainsKey(e.Subject))
        {
            return $"unknown camera '{e.Subject}' in estate '{EstateId}'";
        }

        var seen = CameraRules.Seen(_lastSeen.GetValueOrDefault(e.Subject, DateTimeOffset.MinValue), e.Timestamp, now);
        _lastSeen[e.Subject] = seen;
        if (_offline.Contains(e.Subject) && !CameraRules.IsOffline(seen, now, O.CameraTimeout))
        {
            _offline.Remove(e.Subject);
            AlarmBook.Clear(S.Alarms, AlarmType.CameraOffline, CameraPrefix + e.Subject, now, O.ClearedAlarmsKept);
            durable = true;
        }

        return null;
    }

    private bool SeenHeartbeat(string eventId) => _heartbeatIds.Contains(eventId);

    private void RememberHeartbeat(string eventId)
    {
        if (!_heartbeatIds.Add(eventId))
        {
            return;
        }

        _heartbeatOrder.Enqueue(eventId);
        while (_heartbeatOrder.Count > O.HeartbeatWindowSize)
        {
            _heartbeatIds.Remove(_heartbeatOrder.Dequeue());
        }
    }

    /// <summary>One pass over the register: silent longer than the timeout → offline, raising its alarm.</summary>
    private bool SweepCameras(DateTimeOffset now)
    {
        var changed = false;
        foreach (var id in register.State.Cameras.Keys)
        {
            var seen = _lastSeen.TryGetValue(id, out var at) && at > _cameraClockStart ? at : _cameraClockStart;
            if (!_offline.Contains(id) && CameraRules.IsOffline(seen, now, O.CameraTimeout))
            {
                _offline.Add(id);
                Raise(AlarmType.CameraOffline, AlarmSeverity.Minor, CameraPrefix + id, $"No heartbeat since {seen:u}", now);
                changed = true;
            }
        }

        return changed;
    }
}
