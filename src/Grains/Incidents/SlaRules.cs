namespace Anju.Incidents;

/// <summary>SLA clock maths: deadlines from a window, which stages are still running, which has breached.</summary>
internal static class SlaRules
{
    /// <summary>All three deadlines, counted from collection.</summary>
    public static SlaDeadlines Start(DateTimeOffset collectedAt, SlaWindow window) =>
        new(collectedAt + window.Acknowledge, collectedAt + window.Dispatch, collectedAt + window.Resolve);

    /// <summary>Whether <paramref name="stage"/> is still waited for in <paramref name="status"/>.</summary>
    public static bool Runs(SlaStage stage, IncidentStatus status) => stage switch
    {
        SlaStage.Acknowledge => status == IncidentStatus.Collected,
        SlaStage.Dispatch => status is IncidentStatus.Collected or IncidentStatus.Filed,
        _ => IncidentLifecycle.IsOpen(status),
    };

    /// <summary>The deadline of a stage, or null when none runs.</summary>
    public static DateTimeOffset? Of(SlaDeadlines deadlines, SlaStage stage) => stage switch
    {
        SlaStage.Acknowledge => deadlines.AcknowledgeBy,
        SlaStage.Dispatch => deadlines.DispatchBy,
        _ => deadlines.ResolveBy,
    };

    /// <summary>Replaces one stage's deadline.</summary>
    public static SlaDeadlines With(SlaDeadlines deadlines, SlaStage stage, DateTimeOffset? at) => stage switch
    {
        SlaStage.Acknowledge => deadlines with { AcknowledgeBy = at },
        SlaStage.Dispatch => deadlines with { DispatchBy = at },
        _ => deadlines with { ResolveBy = at },
    };

    /// <summary>Drops the deadlines of stages the status has passed, so they can no longer breach.</summary>
    public static SlaDeadlines Settle(SlaDeadlines deadlines, IncidentStatus status) =>
        Enum.GetValues<SlaStage>().Aggregate(deadlines, (d, stage) => Runs(stage, status) ? d : With(d, stage, null));

    /// <summary>Fresh clocks for a new level after <paramref name="breached"/> ran out: the breached stage restarts
    /// with a full window, and acknowledge and dispatch are due no sooner than a full window from now. The resolve
    /// promise is not moved by someone else's breach: only its own breach or an approved extension moves it.</summary>
    public static SlaDeadlines Refresh(SlaDeadlines deadlines, IncidentStatus status, SlaStage breached, SlaWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Enum.GetValues<SlaStage>().Aggregate(deadlines, (d, stage) =>
            stage == breached ? With(d, stage, now + window.For(stage))
            : stage != SlaStage.Resolve && Runs(stage, status) && Of(d, stage) is { } at && at < now + window.For(stage) ? With(d, stage, now + window.For(stage))
            : d);
    }

    /// <summary>The first running stage whose deadline is at or before <paramref name="now"/>, earliest deadline first.</summary>
    public static SlaStage? FirstBreach(IncidentStatus status, SlaDeadlines deadlines, DateTimeOffset now) =>
        Enum.GetValues<SlaStage>()
            .Where(s => Runs(s, status) && Of(deadlines, s) is { } at && at <= now)
            .OrderBy(s => Of(deadlines, s))
            .Select(s => (SlaStage?)s)
            .FirstOrDefault();

    /// <summary>The next moment a running stage falls due, or null when no clock runs.</summary>
    public static DateTimeOffset? NextDue(IncidentStatus status, SlaDeadlines deadlines) =>
        Enum.GetValues<SlaStage>().Where(s => Runs(s, status)).Select(s => Of(deadlines, s)).Where(d => d is not null).Min();
}
