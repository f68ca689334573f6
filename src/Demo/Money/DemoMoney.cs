using Anju.Demo.City;
using Anju.Demo.Facilities;

namespace Anju.Demo.Money;

/// <summary>The demo city's property-service contracts, planned the way the facility seed plans them (one per zone, or
/// one per estate without zones), for the money seed, which runs after them.</summary>
public static class DemoMoney
{
    public static IReadOnlyList<DemoContract> Contracts(CityOptions city)
    {
        var zones = FacilityPlan.For(CityGenerator.Rows(city)).Where(f => f.Type == "WaterPump").GroupBy(f => f.EstateId, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(f => f.ZoneId).OfType<string>()]));
        return [.. DemoContract.For(zones)];
    }
}
