using Anju.Demo.Api;

namespace Anju.Demo.City;

/// <summary>
/// Property-rights types (§3.1): most estates are public rental with some low-rent flats, some mix in
/// purchase types, a few are economy / limited-price estates. A building holds one type (so one company
/// can serve each type, §6.3); purchase types carry the household's owned share.
/// </summary>
public sealed class TenureMix
{
    private static readonly WeightedChoice<TenureMix> Profiles = new(
        (new TenureMix((TenureType.PublicRental, 85), (TenureType.LowRent, 15)), 70),
        (new TenureMix((TenureType.PublicRental, 50), (TenureType.LowRent, 10), (TenureType.Economy, 20), (TenureType.LimitedPrice, 20)), 20),
        (new TenureMix((TenureType.Economy, 50), (TenureType.LimitedPrice, 50)), 10));

    private static readonly WeightedChoice<decimal> Shares = new((1.0m, 40), (0.8m, 20), (0.7m, 20), (0.6m, 10), (0.5m, 10));

    private readonly WeightedChoice<TenureType> _buildings;

    private TenureMix(params (TenureType Tenure, double Weight)[] buildings) => _buildings = new(buildings);

    public static TenureMix DrawEstate(Random random) => Profiles.Pick(random);

    public TenureType DrawBuilding(Random random) => _buildings.Pick(random);

    public static decimal? DrawShare(Random random, TenureType tenure) =>
        tenure is TenureType.Economy or TenureType.LimitedPrice ? Shares.Pick(random) : null;
}
