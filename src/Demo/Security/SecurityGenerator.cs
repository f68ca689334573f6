using System.Collections.Concurrent;
using Anju.Demo.Driving;

namespace Anju.Demo.Security;

/// <summary>
/// Device traffic for the demo: each pick sends one ingest batch with the heartbeats of every estate
/// whose cameras last beat 20 s ago or more (so cameras stay online at any drive rate), the shift
/// change still to do (the first batches clock in every rostered guard of every estate, so each desk has
/// its required guards on duty, spares included, and the short estates what they have; guards of an older
/// roster still on duty are clocked out), and one check-in along the route by a seeded-random rostered
/// guard. A few cameras go quiet for a 3-minute slot and come back, chosen from the seed and the slot, so
/// they raise and clear offline alarms.
/// </summary>
public sealed class SecurityGenerator(DemoSecurity security, string key, IReadOnlyList<EstateDesk> desks, int seed) : IEventGenerator
{
    private const int MaxHeartbeats = 400;
    private const int MaxClocks = 1_000;
    private static readonly TimeSpan BeatEvery = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan QuietSlot = TimeSpan.FromMinutes(3);
    private readonly DateTimeOffset[] _lastBeat = new DateTimeOffset[desks.Count];
    private readonly int[] _staffed = [.. Enumerable.Range(0, desks.Count).Where(e => desks[e].Roster.Guards.Count > 0)];
    private readonly Dictionary<(int, string), int> _guardStep = [];

    // Sends run concurrently with the pacing loop: a refused batch puts its clock events back for the next one.
    private readonly ConcurrentQueue<(int Estate, string Kind, string GuardId)> _clocking = new(desks.SelectMany((d, e) =>
        d.OffRosterOnDuty.Select(g => (e, "clock-out", g)).Concat(d.Roster.Guards.Select(g => (e, "clock-in", g.GuardId)))));
    private long _next;

    public string Kind => "security";

    public double Weight => 0.5;

    public PlannedEvent? Next(Random random)
    {
        var now = DateTimeOffset.UtcNow;
        var events = new List<object>();
        for (var e = 0; e < desks.Count && events.Count < MaxHeartbeats; e++)
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
                    events.Add(Event("heartbeat", now, new { estateId = desks[e].Roster.EstateId, cameraId = DemoSecurity.Camera(c) }));
                }
            }
        }

        var clocks = new List<(int Estate, string Kind, string GuardId)>();
        while (clocks.Count < MaxClocks && _clocking.TryDequeue(out var clock))
        {
            clocks.Add(clock);
            events.Add(Event(clock.Kind, now, new { estateId = desks[clock.Estate].Roster.EstateId, guardId = clock.GuardId, device = "handset" }));
        }

        if (_staffed.Length > 0)
        {
            var estate = _staffed[random.Next(_staffed.Length)];
            var guards = desks[estate].Roster.Guards;
            var guard = guards[random.Next(guards.Count)].GuardId;
            var step = _guardStep.GetValueOrDefault((estate, guard));
            _guardStep[(estate, guard)] = step + 1;
            events.Add(Event("checkin", now, new
            {
                estateId = desks[estate].Roster.EstateId, guardId = guard, checkpointId = DemoSecurity.Checkpoint((step % DemoSecurity.Checkpoints) + 1), device = "handset",
            }));
        }

        return new PlannedEvent(Kind, PlannedEvent.AnyEstate, async ct =>
        {
            var answer = await security.IngestAsync(key, events, ct);
            if (answer is null)
            {
                clocks.ForEach(_clocking.Enqueue);
            }

            return answer switch
            {
                null => new EventOutcome(EventResult.Failed, "ingest refused the batch"),
                { Rejected: > 0 } r => new EventOutcome(EventResult.Failed, $"{r.Rejected} events rejected"),
                _ => EventOutcome.Ok,
            };
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
