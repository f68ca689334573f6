using Anju.Demo.Api;
using Anju.Demo.Guangzhou;
using Anju.Demo.Occupancy;

namespace Anju.Demo.City;

/// <summary>
/// A Guangzhou of affordable-housing estates, already lived in, as onboarding rows. Everything comes from one
/// seeded <see cref="Random"/> drawn in a fixed order, so the same options always give the same rows. Estates
/// go round the eleven districts (TH-0001, HZ-0001, …); each has grids of about 200 dwellings (§4.3), each grid
/// whole towers, and an estate over 200,000 m² is split into 2–3 service zones (§6.3).
/// </summary>
public static class CityGenerator
{
    private const int GridSize = 200;
    private const double ZoningArea = 200_000;
    private const int ReviewWindowDays = 14 * 30; // last reviews spread over about 14 months: some are overdue
    private static readonly string[] ZoneNames = ["一區", "二區", "三區"];

    public static IEnumerable<CityRow> Rows(CityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var sizes = EstateSizes.Split(random, options.Estates, options.Dwellings);
        var names = new NameGenerator(random);
        var households = new HouseholdMix();
        for (var index = 0; index < options.Estates; index++)
        {
            var (district, estateId) = EstateIds.At(index);
            var name = names.Next(district);
            var street = district.Streets[random.Next(district.Streets.Count)];
            var tenures = TenureMix.DrawEstate(random);
            var buildings = Buildings(random, sizes[index], tenures);
            var homes = buildings.Sum(b => b.Flats().Sum(f => b.AreaOf(f.Unit, f.Flat)));
            // Gross floor area: the homes plus corridors, lift lobbies, walls and service rooms.
            var estateArea = Math.Round(homes * (1.25 + (random.NextDouble() * 0.15)) / 10) * 10;
            var grids = buildings[^1].Grid;
            var zones = estateArea > ZoningArea ? Math.Min(grids, random.Next(2, 4)) : 0;
            foreach (var building in buildings)
            {
                var zone = zones == 0 ? (int?)null : ((building.Grid - 1) * zones / grids) + 1;
                foreach (var (unit, floor, flat) in building.Flats())
                {
                    var state = OccupancyMix.DrawTarget(random);
                    var lived = state is OccupancyState.Occupied or OccupancyState.ExitRequested;
                    var household = lived || state == OccupancyState.Allocated ? households.Draw(random, building.Tenure) : null;
                    var number = $"{floor}{flat:D2}";
                    yield return new CityRow(
                        estateId, name, district.Code, street, estateArea,
                        zone is { } z ? $"Z{z}" : null, zone is { } n ? ZoneNames[n - 1] : null,
                        $"G{building.Grid:D2}", $"第{building.Grid}網格",
                        $"B{building.Number}", $"{building.Number}棟", building.Floors,
                        $"{building.Number}-{unit}-{number}", unit, floor, number, building.AreaOf(unit, flat),
                        building.Tenure, TenureMix.DrawShare(random, building.Tenure),
                        state, household, lived ? options.AsOf.AddDays(-random.Next(1, ReviewWindowDays + 1)) : null);
                }
            }
        }
    }

    /// <summary>Grids of about 200 dwellings, each filled with whole towers; a grid's last tower is only partly in the programme.</summary>
    private static List<BuildingPlan> Buildings(Random random, int dwellings, TenureMix tenures)
    {
        var grids = Math.Max(1, (int)Math.Round((double)dwellings / GridSize));
        var buildings = new List<BuildingPlan>();
        for (var grid = 1; grid <= grids; grid++)
        {
            var left = (dwellings / grids) + (grid <= dwellings % grids ? 1 : 0);
            while (left > 0)
            {
                var tower = BuildingPlan.Draw(random, buildings.Count + 1, grid, tenures.DrawBuilding(random));
                var take = Math.Min(tower.Capacity, left);
                buildings.Add(tower with { Dwellings = take });
                left -= take;
            }
        }

        return buildings;
    }
}
