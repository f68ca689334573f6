namespace Anju.Facilities;

/// <summary>A work queue's figures: its open orders by the clock that runs out first, and what the contract is held to
/// over the last 30 days (orders closed, those that breached a clock, preventive orders done late, repair cost).</summary>
internal static class QueueBook
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>Keeps the newest version of each order; forgets orders finished more than 30 days ago. True when it changed.</summary>
    public static bool Take(Dictionary<string, WorkOrderSummary> orders, WorkOrderSummary summary, DateTimeOffset now) =>
        OrderBook.Take(orders, summary, now - Window);

    public static WorkQueueView View(string queueId, long version, IEnumerable<WorkOrderSummary> orders, DateTimeOffset now)
    {
        var all = orders.ToList();
        var closed = all.Where(o => o.Status == WorkOrderStatus.Closed && o.ClosedAt >= now - Window).ToList();
        var preventive = closed.Where(o => o.Kind == WorkOrderKind.Preventive).ToList();
        return new WorkQueueView(queueId, version, [.. all.Where(o => o.IsOpen)
            .OrderBy(o => WorkOrderClocks.Soonest(o.Deadlines)).ThenBy(o => o.ReportedAt).ThenBy(o => o.OrderId, StringComparer.Ordinal)])
        {
            Closed30d = closed.Count,
            Breached30d = closed.Count(o => o.Overdue),
            PreventiveOverdue = all.Count(o => FacilityTally.PastDue(o, now)),
            PreventiveClosed30d = preventive.Count,
            PreventiveLate30d = preventive.Count(o => o.DueAt is { } due && o.ClosedAt > due),
            Cost30d = closed.Sum(o => o.Cost ?? 0m),
        };
    }
}
