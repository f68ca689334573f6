namespace Anju.Facilities;

/// <summary>A work queue: the open orders routed to one property-service contract (the company's queue screen), or
/// to a district's housing office when no contract governs. Keeps the newest summary per order, publishes the list
/// on the live scope <c>queue/{queueId}</c> (<see cref="Live.Scopes.Queue"/>), and counts what the contract is held
/// to: breached clocks and preventive orders done late. Key: <see cref="Keys.WorkQueue"/>.</summary>
[Alias("Anju.Facilities.IWorkQueueGrain")]
public interface IWorkQueueGrain : IGrainWithStringKey
{
    /// <summary>An order routed here changed; newest version wins; closed orders leave the open list.</summary>
    [AlwaysInterleave]
    Task ReportAsync(WorkOrderSummary summary);

    /// <summary>The queue: open orders by the clock that runs out first, and the contract's counts.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<WorkQueueView> GetAsync();
}

/// <summary>A queue as its screen shows it. <see cref="Orders"/> are open, soonest deadline first.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkQueueView")]
public sealed record WorkQueueView(
    [property: Id(0)] string QueueId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<WorkOrderSummary> Orders)
{
    /// <summary>Orders closed in the last 30 days, and how many of them breached a clock.</summary>
    [Id(3)] public int Closed30d { get; init; }

    [Id(4)] public int Breached30d { get; init; }

    /// <summary>Preventive orders still open past their due date (counted against the contract).</summary>
    [Id(5)] public int PreventiveOverdue { get; init; }

    /// <summary>Preventive orders closed in the last 30 days, and how many of them after their due date.</summary>
    [Id(6)] public int PreventiveClosed30d { get; init; }

    [Id(7)] public int PreventiveLate30d { get; init; }

    /// <summary>Repair cost of orders closed in the last 30 days, in yuan.</summary>
    [Id(8)] public decimal Cost30d { get; init; }
}
