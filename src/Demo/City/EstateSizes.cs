namespace Anju.Demo.City;

/// <summary>
/// Splits the city's dwellings over its estates with realistic spread: a long-tailed (log-normal) draw,
/// each estate between 300 and 4,000 dwellings (wider when the averages demand it), the total exact.
/// </summary>
public static class EstateSizes
{
    private const int Smallest = 300;
    private const int Largest = 4_000;

    public static int[] Split(Random random, int estates, int dwellings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(estates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dwellings, estates);
        var low = Math.Min(Smallest, dwellings / estates);
        var high = Math.Max(Largest, (dwellings + estates - 1) / estates);
        var weights = Enumerable.Range(0, estates).Select(_ => Math.Exp(0.7 * Normal(random))).ToArray();
        var sizes = Enumerable.Repeat(low, estates).ToArray();
        var left = dwellings - (low * estates);
        while (left > 0)
        {
            var open = Enumerable.Range(0, estates).Where(i => sizes[i] < high).ToArray();
            var total = open.Sum(i => weights[i]);
            var given = 0;
            foreach (var i in open)
            {
                var add = Math.Min(high - sizes[i], (int)(left * weights[i] / total));
                sizes[i] += add;
                given += add;
            }

            left -= given;
            // What rounding leaves over goes one by one to the heaviest estates with room.
            foreach (var i in open.OrderByDescending(i => weights[i]).ThenBy(i => i))
            {
                if (given > 0 || left == 0)
                {
                    break;
                }

                if (sizes[i] < high)
                {
                    sizes[i]++;
                    left--;
                }
            }
        }

        return sizes;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
