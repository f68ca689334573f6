namespace Anju.Facilities;

/// <summary>Work-order clock maths: the deadlines from a clock, which stages still run in a status, which has run
/// out. An order keeps its full set of deadlines; its summary shows only those still running, so a send-back from
/// verification finds the repair clock where it was (it keeps running from the report).</summary>
internal static class WorkOrderClocks
{
    /// <summary>A restarted clock never waits less than this (a breach at the top of a zero window would spin).</summary>
    public static readonly TimeSpan ShortestWindow = TimeSpan.FromMinutes(1);

    public static readonly WorkOrderStage[] Stages = [WorkOrderStage.Accept, WorkOrderStage.OnSite, WorkOrderStage.Repair];

    /// <summary>All deadlines counted from the report; a zero window is no clock.</summary>
    public static WorkOrderDeadlines Start(DateTimeOffset reportedAt, WorkOrderClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        DateTimeOffset? At(TimeSpan window) => window > TimeSpan.Zero ? reportedAt + window : null;
        return new(At(clock.Accept), At(clock.OnSite), At(clock.Repair));
    }

    /// <summary>A preventive order's clock: accepted within <paramref name="accept"/> of its creation, done by its due date.</summary>
    public static WorkOrderClock Preventive(DateTimeOffset createdAt, DateTimeOffset dueAt, TimeSpan accept) =>
        new(accept, TimeSpan.Zero, dueAt > createdAt ? dueAt - createdAt : ShortestWindow);

    /// <summary>Whether <paramref name="stage"/> is still waited for in <paramref name="status"/>.</summary>
    public static bool Runs(WorkOrderStage stage, WorkOrderStatus status) => stage switch
    {
        WorkOrderStage.Accept => status == WorkOrderStatus.Reported,
        WorkOrderStage.OnSite => status is WorkOrderStatus.Reported or WorkOrderStatus.Accepted or WorkOrderStatus.Dispatched,
        _ => status is WorkOrderStatus.Reported or WorkOrderStatus.Accepted or WorkOrderStatus.Dispatched or WorkOrderStatus.OnSite,
    };

    public static DateTimeOffset? Of(WorkOrderDeadlines d, WorkOrderStage stage) => stage switch
    {
        WorkOrderStage.Accept => d.AcceptBy,
        WorkOrderStage.OnSite => d.OnSiteBy,
        _ => d.RepairBy,
    };

    public static WorkOrderDeadlines With(WorkOrderDeadlines d, WorkOrderStage stage, DateTimeOffset? at) => stage switch
    {
        WorkOrderStage.Accept => d with { AcceptBy = at },
        WorkOrderStage.OnSite => d with { OnSiteBy = at },
        _ => d with { RepairBy = at },
    };

    /// <summary>The deadlines still running in <paramref name="status"/> (the others null), as a summary shows them.</summary>
    public static WorkOrderDeadlines Settle(WorkOrderDeadlines d, WorkOrderStatus status) =>
        Stages.Aggregate(d, (acc, stage) => Runs(stage, status) ? acc : With(acc, stage, null));

    /// <summary>The running stages whose deadline is at or before <paramref name="now"/>, earliest first.</summary>
    public static IReadOnlyList<WorkOrderStage> Breached(WorkOrderDeadlines d, WorkOrderStatus status, DateTimeOffset now) =>
        [.. Stages.Where(s => Runs(s, status) && Of(d, s) is { } at && at <= now).OrderBy(s => Of(d, s))];

    /// <summary>The next moment a running stage falls due, or null when no clock runs.</summary>
    public static DateTimeOffset? NextDue(WorkOrderDeadlines d, WorkOrderStatus status) =>
        Stages.Where(s => Runs(s, status)).Select(s => Of(d, s)).Where(at => at is not null).Min();

    /// <summary>The first-running deadline, for ordering a queue (soonest first); far future when none runs.</summary>
    public static DateTimeOffset Soonest(WorkOrderDeadlines settled) =>
        new[] { settled.AcceptBy, settled.OnSiteBy, settled.RepairBy }.Where(d => d is not null).Min() ?? DateTimeOffset.MaxValue;
}
