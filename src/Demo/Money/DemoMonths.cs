using System.Globalization;

namespace Anju.Demo.Money;

/// <summary>Months in the city's time (UTC+8, as the server's scorecard and accounts count them), and a repeatable
/// draw from a name, so the demo's money is the same on every run of the same seed.</summary>
public static class DemoMonths
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>The month <paramref name="back"/> months before this one, <c>yyyy-MM</c>.</summary>
    public static string Month(int back) => Today.AddDays(1 - Today.Day).AddMonths(-back).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A day of that month, not after today.</summary>
    public static DateOnly Day(int back, int day)
    {
        var first = Today.AddDays(1 - Today.Day).AddMonths(-back);
        var on = first.AddDays(Math.Clamp(day, 1, DateTime.DaysInMonth(first.Year, first.Month)) - 1);
        return on > Today ? Today : on;
    }

    /// <summary>A number in [0, 1) drawn from a name and the seed (FNV-1a): the same name, the same draw.</summary>
    public static double Draw(int seed, string name)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash % 100_000) / 100_000.0;
    }
}
