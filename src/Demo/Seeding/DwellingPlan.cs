using Anju.Demo.Api;
using Anju.Demo.Occupancy;

namespace Anju.Demo.Seeding;

/// <summary>A dwelling to create and the occupancy state to bring it to.</summary>
public sealed record DwellingPlan(string DwellingId, double FloorArea, OccupancyState Target)
{
    public IReadOnlyList<OccupancyAction> Path => OccupancyMix.PathTo(Target);
}
