using Anju.Demo.Occupancy;

namespace Anju.Demo.Seeding;

/// <summary>
/// Dwellings of one estate, numbered the Guangzhou way: building, unit (梯), floor and room,
/// <c>3-2-1501</c>. Buildings fill one after another from the second floor up; each room
/// position has one floor plan (35–90 m²) in every unit and on every floor.
/// </summary>
public static class DwellingLayout
{
    private const int FirstFloor = 2;

    public static IReadOnlyList<DwellingPlan> Create(Random random, int count)
    {
        var units = random.Next(2, 4);
        var rooms = random.Next(2, 5);
        var topFloor = random.Next(8, 34);
        var areas = Enumerable.Range(0, rooms).Select(_ => Math.Round(35 + random.NextDouble() * 55, 1)).ToArray();
        return
        [
            .. Slots(units, topFloor, rooms)
                .Take(count)
                .Select(s => new DwellingPlan($"{s.Building}-{s.Unit}-{s.Floor}{s.Room:D2}", areas[s.Room - 1], OccupancyMix.DrawTarget(random))),
        ];
    }

    private static IEnumerable<(int Building, int Unit, int Floor, int Room)> Slots(int units, int topFloor, int rooms)
    {
        for (var building = 1; ; building++)
        {
            for (var unit = 1; unit <= units; unit++)
            {
                for (var floor = FirstFloor; floor <= topFloor; floor++)
                {
                    for (var room = 1; room <= rooms; room++)
                    {
                        yield return (building, unit, floor, room);
                    }
                }
            }
        }
    }
}
