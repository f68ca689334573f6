namespace Anju.Security;

/// <summary>Heartbeats of one camera register. Last-seen times and recent heartbeat ids live in memory only: a
/// database write per heartbeat is what the register avoids, and a lost last-seen costs nothing but one timeout
/// (after a restart every camera is judged from <paramref name="clockStart"/>, the activation time). Which cameras
/// are offline is the register's durable state, so an offline camera stays offline across a restart until it beats.</summary>
internal sealed class CameraWatch(DateTimeOffset clockStart, TimeSpan timeout, int heartbeatWindow)
{
    private readonly Dictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heartbeatIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _heartbeatOrder = new();

    /// <summary>Applies heartbeats, one result per event, in order; <paramref name="changed"/> when a camera came back.
    /// Accepted ids are recognised as duplicates only once <see cref="Remember"/> has been told (after the change is durable).</summary>
    public IReadOnlyList<IngestResult> Beat(EstateCamerasState register, IReadOnlyList<DeviceEvent> events, DateTimeOffset now, string estateId, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(events);
        changed = false;
        var results = new List<IngestResult>(events.Count);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Kind == DeviceEventKind.Heartbeat && (_heartbeatIds.Contains(e.EventId) || accepted.Contains(e.EventId)))
            {
                results.Add(new IngestResult(e.EventId, IngestOutcome.Duplicate));
                continue;
            }

            var reason = e.Kind != DeviceEventKind.Heartbeat ? $"'{e.Kind}' events go to the security desk of estate '{estateId}'"
                : !register.Cameras.ContainsKey(e.Subject) ? $"unknown camera '{e.Subject}' in estate '{estateId}'"
                : null;
            if (reason is not null)
            {
                results.Add(new IngestResult(e.EventId, IngestOutcome.Rejected, reason));
                continue;
            }

            var seen = CameraRules.Seen(_lastSeen.GetValueOrDefault(e.Subject, DateTimeOffset.MinValue), e.Timestamp, now);
            _lastSeen[e.Subject] = seen;
            if (register.Offline.ContainsKey(e.Subject) && !CameraRules.IsOffline(seen, now, timeout))
            {
                register.Offline.Remove(e.Subject);
                changed = true;
            }

            accepted.Add(e.EventId);
            results.Add(new IngestResult(e.EventId, IngestOutcome.Accepted));
        }

        return results;
    }

    /// <summary>Remembers heartbeat ids, the newest <c>heartbeatWindow</c> of them.</summary>
    public void Remember(IEnumerable<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        foreach (var id in eventIds.Where(_heartbeatIds.Add))
        {
            _heartbeatOrder.Enqueue(id);
        }

        while (_heartbeatOrder.Count > heartbeatWindow)
        {
            _heartbeatIds.Remove(_heartbeatOrder.Dequeue());
        }
    }

    /// <summary>One pass over the register: silent for longer than the timeout goes offline; true when any did.</summary>
    public bool Sweep(EstateCamerasState register, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(register);
        var changed = false;
        foreach (var id in register.Cameras.Keys)
        {
            var seen = _lastSeen.TryGetValue(id, out var at) && at > clockStart ? at : clockStart;
            if (!register.Offline.ContainsKey(id) && CameraRules.IsOffline(seen, now, timeout))
            {
                register.Offline[id] = seen;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>The register with who is online and when each was last heard from (since activation).</summary>
    public IReadOnlyList<CameraStatus> Statuses(EstateCamerasState register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return [.. register.Cameras.Values.OrderBy(c => c.CameraId, StringComparer.Ordinal).Select(c => new CameraStatus(
            c, !register.Offline.ContainsKey(c.CameraId), _lastSeen.TryGetValue(c.CameraId, out var seen) ? seen : null))];
    }

    /// <summary>What the desk needs: how many cameras, which are offline.</summary>
    public static CameraReport Report(EstateCamerasState register, long version)
    {
        ArgumentNullException.ThrowIfNull(register);
        return new CameraReport(version, register.Cameras.Count,
            [.. register.Offline.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new OfflineCamera(o.Key, o.Value)
            {
                BuildingId = register.Cameras.GetValueOrDefault(o.Key)?.BuildingId,
                Location = register.Cameras.GetValueOrDefault(o.Key)?.Location,
            })]);
    }
}
