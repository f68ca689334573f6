namespace Anju.Facilities;

/// <summary>How long each stage of a work order may take, every stage counted from the report (configuration, e.g.
/// <c>Facilities:Clocks:trapped-passenger</c>). A zero <see cref="OnSite"/> means the order has no on-site clock.</summary>
public sealed class WorkOrderClock
{
    public WorkOrderClock() { }

    public WorkOrderClock(TimeSpan accept, TimeSpan onSite, TimeSpan repair) => (Accept, OnSite, Repair) = (accept, onSite, repair);

    public TimeSpan Accept { get; set; }

    public TimeSpan OnSite { get; set; }

    public TimeSpan Repair { get; set; }

    public TimeSpan For(WorkOrderStage stage) => stage switch
    {
        WorkOrderStage.Accept => Accept,
        WorkOrderStage.OnSite => OnSite,
        _ => Repair,
    };
}
