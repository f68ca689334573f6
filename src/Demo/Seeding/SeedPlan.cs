namespace Anju.Demo.Seeding;

/// <summary>Everything <c>seed</c> will create, fixed before the first request.</summary>
public sealed record SeedPlan(IReadOnlyList<EstatePlan> Estates)
{
    public int Dwellings => Estates.Sum(e => e.Dwellings.Count);

    /// <summary>One registration per estate; per dwelling one creation and one request per lifecycle step.</summary>
    public long Requests => Estates.Count + Estates.Sum(e => e.Dwellings.Sum(d => 1L + d.Path.Count));
}
