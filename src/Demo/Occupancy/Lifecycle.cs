using Anju.Demo.Api;

namespace Anju.Demo.Occupancy;

/// <summary>
/// The demo's copy of the occupancy lifecycle, used to plan legal steps only. The server's
/// table stays the authority: a 409 means someone else moved the dwelling, or the copies differ.
/// </summary>
public static class Lifecycle
{
    private static readonly Dictionary<(OccupancyState, OccupancyAction), OccupancyState> Steps = new()
    {
        [(OccupancyState.Vacant, OccupancyAction.Allocate)] = OccupancyState.Allocated,
        [(OccupancyState.Allocated, OccupancyAction.CancelAllocation)] = OccupancyState.Vacant,
        [(OccupancyState.Allocated, OccupancyAction.MoveIn)] = OccupancyState.Occupied,
        [(OccupancyState.Occupied, OccupancyAction.RequestExit)] = OccupancyState.ExitRequested,
        [(OccupancyState.ExitRequested, OccupancyAction.WithdrawExit)] = OccupancyState.Occupied,
        [(OccupancyState.ExitRequested, OccupancyAction.CompleteExit)] = OccupancyState.Vacated,
        [(OccupancyState.Vacated, OccupancyAction.StartInspection)] = OccupancyState.UnderInspection,
        [(OccupancyState.Vacant, OccupancyAction.StartInspection)] = OccupancyState.UnderInspection,
        [(OccupancyState.UnderInspection, OccupancyAction.PassInspection)] = OccupancyState.Vacant,
        [(OccupancyState.Vacant, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.Vacated, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.UnderInspection, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.UnderRepair, OccupancyAction.FinishRepair)] = OccupancyState.Vacant,
        [(OccupancyState.Vacated, OccupancyAction.Release)] = OccupancyState.Vacant,
    };

    /// <summary>Where <paramref name="action"/> leads from <paramref name="from"/>; null when illegal.</summary>
    public static OccupancyState? After(OccupancyState from, OccupancyAction action) =>
        Steps.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>A plausible reason for the audit trail, in the housing office's words.</summary>
    public static string Reason(OccupancyAction action) => action switch
    {
        OccupancyAction.Allocate => "輪候配租",
        OccupancyAction.CancelAllocation => "放棄配租",
        OccupancyAction.MoveIn => "辦理入住",
        OccupancyAction.RequestExit => "住戶申請退出",
        OccupancyAction.WithdrawExit => "撤回退出申請",
        OccupancyAction.CompleteExit => "騰退完成",
        OccupancyAction.StartInspection => "退房查驗",
        OccupancyAction.PassInspection => "查驗合格",
        OccupancyAction.StartRepair => "報修",
        OccupancyAction.FinishRepair => "維修完工",
        OccupancyAction.Release => "直接收回待配",
        _ => action.ToString(),
    };
}
