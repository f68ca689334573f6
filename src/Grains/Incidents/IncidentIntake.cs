namespace Anju.Incidents;

/// <summary>How a case begins and how a repeated report of it counts: pure, on the case's summary.</summary>
internal static class IncidentIntake
{
    /// <summary>A new case, collected at the grid level with its SLA clocks started, and the history entry recording it.</summary>
    public static IncidentTransition Open(string incidentId, FileIncident command, IncidentRoute route, string? district, SlaWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(route);
        var summary = new IncidentSummary(incidentId, 1, command.Category, command.Severity, command.Source, IncidentStatus.Collected,
            EscalationLevel.Grid, command.Location, command.Description, SlaRules.Start(now, window), now, now)
        {
            DeviceId = command.DeviceId, AlarmType = command.AlarmType, District = district, Agency = route.Lead,
        };
        return new IncidentTransition(summary, new IncidentStep("Collect", IncidentStatus.Collected, EscalationLevel.Grid, command.Actor, null, now));
    }

    /// <summary>The same matter reported again: one more occurrence of an open case. A closed case is not reopened
    /// (a repeat after it opens a new case).</summary>
    public static IncidentTransition Repeat(IncidentSummary current, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!IncidentLifecycle.IsOpen(current.Status))
        {
            throw new ConflictException($"Case {current.IncidentId} is {current.Status}; a repeat opens a new case.");
        }

        var next = current with { Occurrences = current.Occurrences + 1, Version = current.Version + 1, UpdatedAt = now };
        return new IncidentTransition(next, new IncidentStep("Repeat", next.Status, next.Level, actor, null, now));
    }

    /// <summary>Every breach due by <paramref name="now"/>, each escalating from where the one before left the case
    /// (at most 8, a bound on a clock left far behind).</summary>
    public static IReadOnlyList<IncidentTransition> Breaches(IncidentSummary current, Func<IncidentSummary, SlaWindow> windowFor, DateTimeOffset now)
    {
        var steps = new List<IncidentTransition>();
        while (SlaRules.FirstBreach(current.Status, current.Deadlines, now) is { } stage && steps.Count < 8)
        {
            var step = IncidentLifecycle.Breach(current, stage, windowFor(current), now);
            steps.Add(step);
            current = step.Next;
        }

        return steps;
    }
}
