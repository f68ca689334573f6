using Anju.Demo.Api;

namespace Anju.Demo.Occupancy;

/// <summary>
/// How the driver moves a dwelling on. A picked dwelling moves with its state's hazard: lived-in
/// homes rarely change, paperwork and repairs move on quickly. In the long run a state's share
/// is proportional to its visits divided by its hazard, which keeps the estate near the seeded
/// mix (about 84 % lived in) however long the driver runs.
/// </summary>
public static class OccupancyMoves
{
    private static readonly Dictionary<OccupancyState, WeightedChoice<OccupancyAction>> Next = new()
    {
        [OccupancyState.Vacant] = new((OccupancyAction.Allocate, 85), (OccupancyAction.StartRepair, 10), (OccupancyAction.StartInspection, 5)),
        [OccupancyState.Allocated] = new((OccupancyAction.MoveIn, 90), (OccupancyAction.CancelAllocation, 10)),
        [OccupancyState.Occupied] = new((OccupancyAction.RequestExit, 1)),
        [OccupancyState.ExitRequested] = new((OccupancyAction.CompleteExit, 80), (OccupancyAction.WithdrawExit, 20)),
        [OccupancyState.Vacated] = new((OccupancyAction.StartInspection, 50), (OccupancyAction.Release, 40), (OccupancyAction.StartRepair, 10)),
        [OccupancyState.UnderInspection] = new((OccupancyAction.PassInspection, 85), (OccupancyAction.StartRepair, 15)),
        [OccupancyState.UnderRepair] = new((OccupancyAction.FinishRepair, 1)),
    };

    /// <summary>Chance that a dwelling in <paramref name="state"/> moves when picked.</summary>
    public static double Hazard(OccupancyState state) => state switch
    {
        OccupancyState.Occupied => 0.035,
        OccupancyState.UnderRepair => 0.3,
        OccupancyState.Allocated => 0.5,
        OccupancyState.ExitRequested or OccupancyState.UnderInspection => 0.6,
        _ => 1.0,
    };

    /// <summary>A legal next action for a dwelling in <paramref name="state"/>.</summary>
    public static OccupancyAction Choose(OccupancyState state, Random random) => Next[state].Pick(random);
}
