using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>Who takes each step on a work order in the demo: in the featured estate the demo company account works
/// the order and the demo grid staff verify those of their grid; everywhere else (and when the credentials file lists
/// neither) the driver's housing-office account does both, as the housing office may.</summary>
public sealed class FacilityActors(AnjuApi data, AnjuApi? company, AnjuApi? grid, string featuredEstate, string gridId)
{
    private static readonly HashSet<string> CompanySteps = new(["accept", "dispatch", "on-site", "repair"], StringComparer.Ordinal);

    public AnjuApi Data => data;

    public AnjuApi For(TrackedOrder order, string step) =>
        order.EstateId != featuredEstate ? data
        : CompanySteps.Contains(step) ? company ?? data
        : order.GridId == gridId ? grid ?? data
        : data;
}
