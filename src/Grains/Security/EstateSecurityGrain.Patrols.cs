using Anju.Common;

namespace Anju.Security;

/// <summary>Patrol routes, check-ins and the deadman on each round's window.</summary>
public sealed partial class EstateSecurityGrain
{
    public async Task<PatrolRoute> DefineRouteAsync(PatrolRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var routeId = Validate.Id("routeId", route.RouteId);
        var name = Validate.Text("name", route.Name, 100);
        if (route.Checkpoints is not { Count: > 0 })
        {
            throw new ValidationException("checkpoints", "A route needs at least one checkpoint.");
        }

        var checkpoints = route.Checkpoints.Select((c, i) => new Checkpoint(
            Validate.Id($"checkpoints[{i}].checkpointId", c.CheckpointId), Validate.Text($"checkpoints[{i}].name", c.Name, 100))).ToList();
        if (checkpoints.GroupBy(c => c.CheckpointId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ValidationException("checkpoints", $"Checkpoint '{twice.Key}' appears twice.");
        }

        if (checkpoints.FirstOrDefault(c => RouteOf(c.CheckpointId) is { } other && other.RouteId != routeId) is { } taken)
        {
            throw new ValidationException("checkpoints", $"Checkpoint '{taken.CheckpointId}' already belongs to route '{RouteOf(taken.CheckpointId)!.RouteId}'.");
        }

        if (route.RoundInterval < TimeSpan.FromSeconds(1) || route.RoundInterval > TimeSpan.FromDays(1))
        {
            throw new ValidationException("roundInterval", "roundInterval must be between 1 second and 24 hours.");
        }

        if (route.RoundWindow <= TimeSpan.Zero || route.RoundWindow > route.RoundInterval)
        {
            throw new ValidationException("roundWindow", "roundWindow must be positive and at most roundInterval.");
        }

        await StructureAsync(); // the estate must be registered
        var valid = new PatrolRoute(routeId, name, route.Ordered, checkpoints, route.RoundInterval, route.RoundWindow);
        if (S.Routes.TryGetValue(routeId, out var held) && Same(held, valid))
        {
            return held; // a repeat keeps the running round
        }

        S.Routes[routeId] = valid;
        S.Rounds[routeId] = NewRound(valid, Now);
        await CommitAsync();
        return valid;
    }

    /// <summary>A check-in from a guard's handset; null when accepted, else the reason it was rejected.</summary>
    private string? CheckIn(DeviceEvent e, DateTimeOffset now)
    {
        if (e.CheckpointId is not { } checkpointId || RouteOf(checkpointId) is not { } route)
        {
            return $"unknown checkpoint '{e.CheckpointId}' in estate '{EstateId}'";
        }

        if (!S.Guards.ContainsKey(e.Subject))
        {
            return $"unknown guard '{e.Subject}' in estate '{EstateId}'";
        }

        var at = e.Timestamp > now ? now : e.Timestamp;
        var round = S.Rounds.GetValueOrDefault(route.RouteId) ?? NewRound(route, now);
        var (next, late) = PatrolRules.CheckIn(round, route, checkpointId, at);
        S.Rounds[route.RouteId] = next;
        if (late)
        {
            var today = S.Today.Date == BeijingTime.Date(now) ? S.Today : PatrolDay.Start(BeijingTime.Date(now));
            S.Today = today with { LateCheckIns = today.LateCheckIns + 1 };
        }

        return null;
    }

    /// <summary>Closes every round whose window has passed: missed checkpoints raise (or repeat) the route's
    /// alarm, a complete round clears it; the next round is scheduled.</summary>
    private bool ClosePatrolWindows(DateTimeOffset now)
    {
        var changed = false;
        foreach (var route in S.Routes.Values)
        {
            var round = S.Rounds.GetValueOrDefault(route.RouteId) ?? NewRound(route, now);
            if (!PatrolRules.WindowEnded(round, route, now))
            {
                S.Rounds[route.RouteId] = round;
                continue;
            }

            var result = PatrolRules.Close(round, route);
            S.Today = PatrolRules.Record(S.Today, BeijingTime.Date(now), result);
            var originator = $"route/{route.RouteId}";
            if (result.Missed.Count > 0)
            {
                Raise(AlarmType.MissedCheckpoint, AlarmSeverity.Major, originator,
                    $"Round of {round.Start:u} missed {string.Join(", ", result.Missed)}", now);
            }
            else
            {
                AlarmBook.Clear(S.Alarms, AlarmType.MissedCheckpoint, originator, now, O.ClearedAlarmsKept);
            }

            S.Rounds[route.RouteId] = NewRound(route, now);
            changed = true;
        }

        return changed;
    }

    private static bool Same(PatrolRoute a, PatrolRoute b) =>
        a with { Checkpoints = b.Checkpoints } == b && a.Checkpoints.SequenceEqual(b.Checkpoints);

    private static PatrolRound NewRound(PatrolRoute route, DateTimeOffset after) =>
        new(route.RouteId, PatrolRules.NextRoundStart(after, route.RoundInterval), new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal), 0);

    private PatrolRoute? RouteOf(string checkpointId) =>
        S.Routes.Values.FirstOrDefault(r => r.Checkpoints.Any(c => c.CheckpointId == checkpointId));
}
