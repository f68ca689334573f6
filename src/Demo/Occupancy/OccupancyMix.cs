using Anju.Demo.Api;

namespace Anju.Demo.Occupancy;

/// <summary>The seeded occupancy mix: about 85 % lived in, some allocated, a few exiting, under repair or vacant.</summary>
public static class OccupancyMix
{
    private static readonly WeightedChoice<OccupancyState> Targets = new(
        (OccupancyState.Occupied, 82),
        (OccupancyState.ExitRequested, 3),
        (OccupancyState.Allocated, 6),
        (OccupancyState.Vacant, 3),
        (OccupancyState.UnderRepair, 3),
        (OccupancyState.UnderInspection, 2),
        (OccupancyState.Vacated, 1));

    public static OccupancyState DrawTarget(Random random) => Targets.Pick(random);

    /// <summary>The lifecycle steps that bring a new, vacant dwelling to <paramref name="target"/>.</summary>
    public static IReadOnlyList<OccupancyAction> PathTo(OccupancyState target) => target switch
    {
        OccupancyState.Vacant => [],
        OccupancyState.Allocated => [OccupancyAction.Allocate],
        OccupancyState.Occupied => [OccupancyAction.Allocate, OccupancyAction.MoveIn],
        OccupancyState.ExitRequested => [OccupancyAction.Allocate, OccupancyAction.MoveIn, OccupancyAction.RequestExit],
        OccupancyState.Vacated => [.. PathTo(OccupancyState.ExitRequested), OccupancyAction.CompleteExit],
        OccupancyState.UnderInspection => [.. PathTo(OccupancyState.Vacated), OccupancyAction.StartInspection],
        OccupancyState.UnderRepair => [OccupancyAction.StartRepair],
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };
}
