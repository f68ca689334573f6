using System.Globalization;
using Anju.Demo.Money;

namespace Anju.Tests.Demo;

/// <summary>The demo's money dates and draws: months counted back in the city's time, days never after today, and the
/// same draw for the same name and seed (what makes repeating the money set-up change nothing).</summary>
public sealed class DemoMonthsTests
{
    [Fact]
    public void Months_count_back_from_this_month_in_the_citys_time()
    {
        var today = DemoMonths.Today;
        Assert.Equal(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), DemoMonths.Month(0));
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), DemoMonths.Month(1));
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(-13).ToString("yyyy-MM", CultureInfo.InvariantCulture), DemoMonths.Month(13));
    }

    [Fact]
    public void A_day_lies_in_its_month_and_never_after_today()
    {
        for (var back = 0; back < 3; back++)
        {
            foreach (var day in new[] { -5, 1, 15, 31, 40 })
            {
                var on = DemoMonths.Day(back, day);
                Assert.True(on <= DemoMonths.Today, $"{on} is after today");
                Assert.Equal(DemoMonths.Month(back), on.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_same_name_and_seed_draw_the_same_number_in_the_unit_interval()
    {
        var draws = Enumerable.Range(0, 2000).Select(i => DemoMonths.Draw(2014, $"pay-HT-TH-0001-2026-11-1-1-{i}")).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0.0, 0.99999));
        Assert.Equal(draws[7], DemoMonths.Draw(2014, "pay-HT-TH-0001-2026-11-1-1-7"));
        Assert.NotEqual(DemoMonths.Draw(2014, "x"), DemoMonths.Draw(2015, "x"));
        Assert.InRange(draws.Count(d => d < 0.85) / (double)draws.Count, 0.80, 0.90); // shares come out near what is asked
    }
}
