using Anju.Dwellings;

namespace Anju.Facilities;

/// <summary>Persisted state of a work order (state name "work-order"): the summary as it stands, the full set of its
/// deadlines (<see cref="Clock"/>; the summary shows only the running ones), what was reported, every step, the
/// households notified, and the client command ids it answered.</summary>
[GenerateSerializer, Alias("Anju.Facilities.WorkOrderState")]
internal sealed class WorkOrderState
{
    [Id(0)] public WorkOrderSummary? Summary { get; set; }
    [Id(1)] public WorkOrderDeadlines? Clock { get; set; }
    [Id(2)] public FaultSource Source { get; set; }
    [Id(3)] public string ReportedBy { get; set; } = "";
    [Id(4)] public string Detail { get; set; } = "";
    [Id(5)] public string? DwellingId { get; set; }
    [Id(6)] public string? AlarmId { get; set; }
    [Id(7)] public string? Assignee { get; set; }
    [Id(8)] public string? CostCategory { get; set; }
    [Id(9)] public int HouseholdsNotified { get; set; }

    /// <summary>True once the affected households' notices are stored (or none were due).</summary>
    [Id(10)] public bool NoticesDone { get; set; }
    [Id(11)] public int Occurrences { get; set; } = 1;
    [Id(12)] public List<WorkOrderStep> History { get; set; } = [];
    [Id(13)] public List<CommandSeen> Commands { get; set; } = [];

    /// <summary>The facility as reported (for the notices' reach).</summary>
    [Id(14)] public Facility? Facility { get; set; }

    public WorkOrderSnapshot Snapshot() => new(Summary!, Source, ReportedBy, Detail, [.. History])
    {
        DwellingId = DwellingId,
        AlarmId = AlarmId,
        Assignee = Assignee,
        CostCategory = CostCategory,
        HouseholdsNotified = HouseholdsNotified,
        Occurrences = Occurrences,
    };
}

/// <summary>The outcome of one step: the summary as it now stands, the full deadlines, the history entry, and the
/// assignee or cost category the step set (null: unchanged).</summary>
internal sealed record WorkOrderTransition(WorkOrderSummary Next, WorkOrderDeadlines Clock, WorkOrderStep Step)
{
    public string? Assignee { get; init; }

    public string? CostCategory { get; init; }
}
