using Anju.Demo.Api;

namespace Anju.Demo.Occupancy;

/// <summary>The onboarding occupancy mix of a demo city: about 85 % lived in, some allocated, a few exiting, under repair or vacant.</summary>
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
}
