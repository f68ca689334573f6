using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Grids;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class GridTallyTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void A_tally_kept_report_by_report_always_agrees_with_a_fresh_count()
    {
        var random = new Random(2014);
        var held = new Dictionary<string, DwellingSummary>(StringComparer.Ordinal);
        var tally = new GridTally();
        var day = Today;
        for (var step = 0; step < 5_000; step++)
        {
            var id = $"1-1-{random.Next(40):000}";
            held.TryGetValue(id, out var before);
            var report = RandomSummary(random, id, (before?.Version ?? 0) + random.Next(-1, 3));
            if (Rollups.ApplyNewest(held, id, report, d => d.Version))
            {
                tally.Replace(before, report);
            }

            if (random.Next(50) == 0)
            {
                day = day.AddDays(random.Next(-3, 8)); // the hourly recount, a clock set back, a silo that slept
            }

            if (step % 25 == 0)
            {
                AssertSame(GridRollup.Summarize("G1", step, "Z1", held.Values, 3, day), tally.ToSummary("G1", step, "Z1", 3, day));
            }
        }

        Assert.Equal(held.Count, tally.Dwellings);
    }

    [Fact]
    public void Overdue_reviews_follow_the_day_asked_about_and_the_dwellings_that_leave()
    {
        var due = new DwellingSummary("1", 1, OccupancyState.Occupied) { ReviewOverdueFrom = Today.AddDays(2) };
        var tally = GridTally.Of([due, new DwellingSummary("2", 1, OccupancyState.Occupied) { ReviewOverdueFrom = Today }]);

        Assert.Equal(1, tally.ReviewsOverdue(Today));
        Assert.Equal(2, tally.ReviewsOverdue(Today.AddDays(2)));

        tally.Replace(due, due with { Version = 2, State = OccupancyState.Vacated, ReviewOverdueFrom = null }); // moved out
        Assert.Equal(1, tally.ReviewsOverdue(Today.AddDays(2)));
        Assert.Equal(0, tally.ReviewsOverdue(Today.AddDays(-1)));
    }

    private static DwellingSummary RandomSummary(Random random, string id, long version)
    {
        var states = Enum.GetValues<OccupancyState>();
        var state = states[random.Next(states.Length)];
        return new DwellingSummary(id, version, state)
        {
            Residents = random.Next(0, 6),
            Tenure = Enum.GetValues<TenureType>()[random.Next(Enum.GetValues<TenureType>().Length)],
            Rent = Enum.GetValues<RentArrearsStatus>()[random.Next(Enum.GetValues<RentArrearsStatus>().Length)],
            ReviewOverdueFrom = random.Next(3) == 0 ? null : Today.AddDays(random.Next(-10, 10)),
            Deductions = Enum.GetValues<DeductionLevel>()[random.Next(Enum.GetValues<DeductionLevel>().Length)],
            SpecialGroups = random.Next(4) == 0 ? SpecialGroups.LowIncome : SpecialGroups.None,
        };
    }

    private static void AssertSame(GridSummary expected, GridSummary actual)
    {
        Assert.Equal((expected.Occupancy.Dwellings, expected.Occupancy.Occupied, expected.Changes),
            (actual.Occupancy.Dwellings, actual.Occupancy.Occupied, actual.Changes));
        Assert.Equal(expected.Occupancy.ByState.OrderBy(p => p.Key), actual.Occupancy.ByState.OrderBy(p => p.Key));
        Assert.Equal(expected.Tenures.OrderBy(p => p.Key), actual.Tenures.OrderBy(p => p.Key));
        Assert.Equal(expected.Residency, actual.Residency);
        Assert.Equal((expected.GridId, expected.Version, expected.ZoneId, expected.OpenMatters),
            (actual.GridId, actual.Version, actual.ZoneId, actual.OpenMatters));
    }
}
