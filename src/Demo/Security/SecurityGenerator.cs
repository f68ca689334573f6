using Anju.Demo.Driving;

namespace Anju.Demo.Security;

/// <summary>
/// Device traffic for the demo: each pick sends one ingest batch with the heartbeats of every estate
/// whose cameras last beat 20 s ago or more (so cameras stay online at any drive rate), and one guard
/// action in a seeded-random estate: clock-in first, then check-ins along the route. A few cameras go
/// quiet for a 3-minute slot and come back, chosen from the seed and the slot, so they raise and clear
/// offline alarms.
/// </summary>
public sealed class SecurityGenerator(DemoSecurity security, string key, IReadOnlyList<string> estateIds, int seed) : IEventGenerator
{
    private static readonly TimeSpan BeatEvery = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan QuietSlot = TimeSpan.FromMinutes(3);
    private readonly DateTimeOffset[] _lastBeat = new DateTimeOffset[estateIds.Count];
    private readonly Dictionary<(int, int), int> _guardStep = [];
    private long _next;

    public string Kind => "security";

    public double Weight => 0.5;

    public PlannedEvent? Next(Random random)
    {
        var now = DateTimeOffset.UtcNow;
        var events = new List<object>();
        for (var e = 0; e < estateIds.Count && events.Count < 400; e++)
        {
            if (now - _lastBeat[e] < BeatEvery)
            {
                continue;
            }

            _lastBeat[e] = now;
            for (var c = 1; c <= DemoSecurity.Cameras; c++)
            {
                if (!Quiet(e, c, now))
                {
                    events.Add(Event("heartbeat", now, new { estateId = estateIds[e], cameraId = DemoSecurity.Camera(c) }));
                }
            }
        }

        var estate = random.Next(estateIds.Count);
        var guard = random.Next(1, DemoSecurity.Guards + 1);
        var step = _guardStep.GetValueOrDefault((estate, guard));
        _guardStep[(estate, guard)] = step + 1;
        events.Add(step == 0
            ? Event("clock-in", now, new { estateId = estateIds[estate], guardId = DemoSecurity.Guard(guard), device = "handset" })
            : Event("checkin", now, new { estateId = estateIds[estate], guardId = DemoSecurity.Guard(guard), checkpointId = DemoSecurity.Checkpoint(((step - 1) % DemoSecurity.Checkpoints) + 1), device = "handset" }));
        return new PlannedEvent(Kind, PlannedEvent.AnyEstate, async ct => await security.IngestAsync(key, events, ct) switch
        {
            null => new EventOutcome(EventResult.Failed, "ingest refused the batch"),
            { Rejected: > 0 } r => new EventOutcome(EventResult.Failed, $"{r.Rejected} events rejected"),
            _ => EventOutcome.Ok,
        });
    }

    /// <summary>About one camera in 25 is quiet in any 3-minute slot, the same ones for the same seed.</summary>
    private bool Quiet(int estate, int camera, DateTimeOffset now)
    {
        var slot = now.ToUnixTimeMilliseconds() / (long)QuietSlot.TotalMilliseconds;
        var hash = unchecked((((((ulong)seed * 1_000_003UL) + (ulong)estate) * 1_000_003UL) + (ulong)camera) * 1_000_003UL + (ulong)slot);
        hash ^= hash >> 29; // HashCode.Combine is seeded per process: not repeatable across runs
        return hash % 25 == 0;
    }

    private object Event(string kind, DateTimeOffset at, object payload) =>
        new { id = $"demo-{seed}-{at.ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref _next)}", source = "demo-driver", timestamp = at, kind, payload };
}
