namespace Anju.Facilities;

/// <summary>Persisted state of a work queue (state name "work-queue"): the newest summary of each order routed here,
/// open or finished within the last 30 days.</summary>
[GenerateSerializer, Alias("Anju.Facilities.WorkQueueState")]
internal sealed class WorkQueueState
{
    [Id(0)] public Dictionary<string, WorkOrderSummary> Orders { get; set; } = new(StringComparer.Ordinal);
}
