namespace Anju.Facilities;

/// <summary>Why a work order exists.</summary>
[GenerateSerializer]
public enum WorkOrderKind
{
    /// <summary>A reported fault (報修).</summary>
    Corrective,

    /// <summary>A scheduled maintenance or inspection (維保).</summary>
    Preventive,
}

/// <summary>Where a work order stands. One order lives through every step; no step opens a new order.</summary>
[GenerateSerializer]
public enum WorkOrderStatus
{
    Reported,
    Accepted,
    Dispatched,
    OnSite,
    Repaired,
    Verified,
    Closed,

    /// <summary>Withdrawn with a reason and an approver (a duplicate report, a fault that was not one). Final.</summary>
    Cancelled,
}

/// <summary>The verbs that move a work order.</summary>
[GenerateSerializer]
public enum WorkOrderAction
{
    /// <summary>Reported → accepted: the responsible company takes it.</summary>
    Accept,

    /// <summary>Accepted → dispatched: a technician or team named.</summary>
    Dispatch,

    /// <summary>Dispatched → on site.</summary>
    ArriveOnSite,

    /// <summary>On site → repaired, with the work done and its cost.</summary>
    Repair,

    /// <summary>Repaired → verified, by the reporter, grid staff or the housing office.</summary>
    Verify,

    /// <summary>Repaired → on site again: the repair did not hold (reason required).</summary>
    SendBack,

    /// <summary>Verified → closed. An unverified order cannot close.</summary>
    Close,

    /// <summary>Any open order → cancelled (reason and approver required).</summary>
    Cancel,
}

/// <summary>Who verified a repair: §3.4's "repaired" counts only once someone other than the company says so.</summary>
[GenerateSerializer]
public enum VerifierRole
{
    /// <summary>The person who reported the fault (the same signed-in actor).</summary>
    Reporter,

    /// <summary>Grid staff of the grid or estate.</summary>
    GridStaff,

    /// <summary>The housing office (住房保障辦).</summary>
    HousingOffice,
}

/// <summary>The clock a work order runs against.</summary>
[GenerateSerializer]
public enum WorkOrderStage
{
    /// <summary>Until accepted.</summary>
    Accept,

    /// <summary>Until on site.</summary>
    OnSite,

    /// <summary>Until repaired.</summary>
    Repair,
}
