namespace Anju.Dwellings;

/// <summary>The verbs that move a dwelling through its occupancy lifecycle.</summary>
[GenerateSerializer]
public enum OccupancyAction
{
    /// <summary>配租: vacant → allocated.</summary>
    Allocate,

    /// <summary>Allocation withdrawn before move-in: allocated → vacant.</summary>
    CancelAllocation,

    /// <summary>入住: allocated → occupied.</summary>
    MoveIn,

    /// <summary>申請退出: occupied → exit requested.</summary>
    RequestExit,

    /// <summary>Exit withdrawn: exit requested → occupied.</summary>
    WithdrawExit,

    /// <summary>騰退完成: exit requested → vacated.</summary>
    CompleteExit,

    /// <summary>Begin the hand-back inspection: vacated or vacant → under inspection.</summary>
    StartInspection,

    /// <summary>Inspection passed: under inspection → vacant.</summary>
    PassInspection,

    /// <summary>Send to repair: vacant, vacated or under inspection → under repair.</summary>
    StartRepair,

    /// <summary>Repair done: under repair → vacant.</summary>
    FinishRepair,

    /// <summary>Release without inspection: vacated → vacant.</summary>
    Release,

    /// <summary>Recorded once when an estate that is already lived in is onboarded; not a command.</summary>
    Onboard,
}
