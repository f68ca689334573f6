using Anju.Demo.Api;

namespace Anju.Demo.City;

/// <summary>
/// A residential tower (樓棟) of 18–33 floors: 2–4 units (梯) with 4–8 flats a floor between them, homes from
/// the second floor up (the ground floor holds lobbies and shops), one floor plan per flat position.
/// Only the first <see cref="Dwellings"/> flats, floor by floor, belong to the programme.
/// </summary>
public sealed record BuildingPlan(int Number, int Grid, int Floors, int Units, int FlatsPerUnit, TenureType Tenure, double[] Areas, int Dwellings)
{
    private const int FirstHomeFloor = 2;

    public int Capacity => (Floors - FirstHomeFloor + 1) * Units * FlatsPerUnit;

    public static BuildingPlan Draw(Random random, int number, int grid, TenureType tenure)
    {
        var floors = random.Next(18, 34);
        var units = random.Next(2, 5);
        var flats = units == 2 ? random.Next(2, 5) : 2; // 4–8 flats a floor in all
        var purchase = tenure is TenureType.Economy or TenureType.LimitedPrice;
        var areas = Enumerable.Range(0, units * flats)
            .Select(_ => Math.Round(purchase ? 55 + (random.NextDouble() * 35) : 35 + (random.NextDouble() * 30), 1))
            .ToArray();
        return new BuildingPlan(number, grid, floors, units, flats, tenure, areas, 0);
    }

    /// <summary>The programme's flats, floor by floor: (unit, floor, flat position 1…).</summary>
    public IEnumerable<(int Unit, int Floor, int Flat)> Flats()
    {
        var n = 0;
        for (var floor = FirstHomeFloor; floor <= Floors; floor++)
        {
            for (var unit = 1; unit <= Units; unit++)
            {
                for (var flat = 1; flat <= FlatsPerUnit; flat++)
                {
                    if (n++ == Dwellings)
                    {
                        yield break;
                    }

                    yield return (unit, floor, flat);
                }
            }
        }
    }

    public double AreaOf(int unit, int flat) => Areas[((unit - 1) * FlatsPerUnit) + flat - 1];
}
