namespace Anju.Security;

/// <summary>Guard events from devices applied to the desk: check-ins at checkpoints, clock-in and clock-out. A
/// replayed id is a duplicate (the window is durable); an unknown guard, checkpoint or kind is rejected with the
/// reason. Heartbeats belong to the camera register and are rejected here.</summary>
internal static class DeskEvents
{
    /// <summary>One result per event, in order; accepted ids join <paramref name="seen"/>.</summary>
    public static IReadOnlyList<IngestResult> Apply(SecurityDeskState desk, EventWindow seen, IReadOnlyList<DeviceEvent> events, DateTimeOffset now, string estateId)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(events);
        var results = new List<IngestResult>(events.Count);
        foreach (var e in events)
        {
            if (e.Kind != DeviceEventKind.Heartbeat && seen.Contains(e.EventId))
            {
                results.Add(new IngestResult(e.EventId, IngestOutcome.Duplicate));
                continue;
            }

            var reason = Apply(desk, e, now, estateId);
            if (reason is null)
            {
                seen.Add(e.EventId, now);
            }

            results.Add(reason is null ? new IngestResult(e.EventId, IngestOutcome.Accepted) : new IngestResult(e.EventId, IngestOutcome.Rejected, reason));
        }

        return results;
    }

    /// <summary>Null when applied, else why not. A device time in the future counts as now.</summary>
    private static string? Apply(SecurityDeskState desk, DeviceEvent e, DateTimeOffset now, string estateId)
    {
        var at = e.Timestamp > now ? now : e.Timestamp;
        switch (e.Kind)
        {
            case DeviceEventKind.CheckIn:
                return CheckIn(desk, e, at, now, estateId);
            case DeviceEventKind.ClockIn or DeviceEventKind.ClockOut:
                if (!desk.Guards.ContainsKey(e.Subject))
                {
                    return UnknownGuard(e, estateId);
                }

                RosterRules.Clock(desk.OnDuty, e.Subject, e.Kind == DeviceEventKind.ClockIn, at, ClockSource.Device);
                return null;
            case DeviceEventKind.Heartbeat:
                return $"heartbeats go to the camera register of estate '{estateId}'";
            default:
                return $"unknown kind '{e.Kind}'";
        }
    }

    /// <summary>A check-in from a guard's handset counts in the route's round; outside its window it is late.</summary>
    private static string? CheckIn(SecurityDeskState desk, DeviceEvent e, DateTimeOffset at, DateTimeOffset now, string estateId)
    {
        if (e.CheckpointId is not { } checkpointId || RouteRules.Of(desk.Routes.Values, checkpointId) is not { } route)
        {
            return $"unknown checkpoint '{e.CheckpointId}' in estate '{estateId}'";
        }

        if (!desk.Guards.ContainsKey(e.Subject))
        {
            return UnknownGuard(e, estateId);
        }

        var round = desk.Rounds.GetValueOrDefault(route.RouteId) ?? PatrolRules.NewRound(route, now);
        var (next, late) = PatrolRules.CheckIn(round, route, checkpointId, at);
        desk.Rounds[route.RouteId] = next;
        if (late)
        {
            var today = PatrolRules.Today(desk.Today, now);
            desk.Today = today with { LateCheckIns = today.LateCheckIns + 1 };
        }

        return null;
    }

    private static string UnknownGuard(DeviceEvent e, string estateId) => $"unknown guard '{e.Subject}' in estate '{estateId}'";
}
