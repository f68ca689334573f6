namespace Anju.Demo.Api;

/// <summary>The lifecycle verbs the API accepts (JSON string).</summary>
public enum OccupancyAction
{
    Allocate,
    CancelAllocation,
    MoveIn,
    RequestExit,
    WithdrawExit,
    CompleteExit,
    StartInspection,
    PassInspection,
    StartRepair,
    FinishRepair,
    Release,
}
