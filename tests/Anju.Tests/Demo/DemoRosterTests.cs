using Anju.Demo.Guangzhou;
using Anju.Demo.Security;

namespace Anju.Tests.Demo;

/// <summary>The demo's roster sizing: what each desk requires plus spares, posted per zone, and a deterministic few estates short.</summary>
public sealed class DemoRosterTests
{
    private static StaffingNeed Zone(string zoneId, int required) => new(zoneId, required * 450, required, 0);

    private static StaffingNeed Estate(int required) => new(null, required * 450, required, 0);

    private static int Posted(EstateRoster roster, string? zoneId) => roster.Guards.Count(g => g.ZoneId == zoneId);

    [Fact]
    public void An_estate_without_zones_gets_its_required_guards_and_one_spare()
    {
        var roster = RosterPlan.For("TH-0001", [Estate(8)], shortBy: 0);

        Assert.Equal(["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08", "G09"], roster.Guards.Select(g => g.GuardId));
        Assert.All(roster.Guards, g => Assert.Null(g.ZoneId));
        Assert.Equal((8, 1, 0), (roster.Required, roster.Spares, roster.Short));
    }

    [Fact]
    public void Each_zone_gets_its_required_guards_posted_to_it_plus_a_spare()
    {
        var roster = RosterPlan.For("HZ-0001", [Zone("Z1", 5), Zone("Z2", 3), Estate(8)], shortBy: 0);

        Assert.Equal((6, 4, 0), (Posted(roster, "Z1"), Posted(roster, "Z2"), Posted(roster, null)));
        Assert.Equal(["Z1-G01", "Z1-G02", "Z1-G03", "Z1-G04", "Z1-G05", "Z1-G06", "Z2-G01", "Z2-G02", "Z2-G03", "Z2-G04"], roster.Guards.Select(g => g.GuardId));
        Assert.All(roster.Guards, g => Assert.StartsWith(g.ZoneId!, g.GuardId, StringComparison.Ordinal));
    }

    [Fact]
    public void Residents_outside_any_zone_are_covered_by_unposted_guards()
    {
        var roster = RosterPlan.For("HZ-0002", [Zone("Z1", 2), Estate(5)], shortBy: 0);

        Assert.Equal((3, 4), (Posted(roster, "Z1"), Posted(roster, null)));
    }

    [Fact]
    public void A_short_estate_has_no_spares_and_loses_guards_from_its_largest_zone()
    {
        var flat = RosterPlan.For("TH-0002", [Estate(8)], shortBy: 2);
        var zoned = RosterPlan.For("HZ-0003", [Zone("Z1", 5), Zone("Z2", 3), Estate(8)], shortBy: 1);

        Assert.Equal((6, 2, -2), (flat.Guards.Count, flat.Short, flat.Spares));
        Assert.Equal((4, 3, 7), (Posted(zoned, "Z1"), Posted(zoned, "Z2"), zoned.Guards.Count));
    }

    [Fact]
    public void An_estate_nobody_lives_in_keeps_one_guard_and_cannot_be_short()
    {
        var roster = RosterPlan.For("TH-0003", [Estate(0)], shortBy: 2);

        Assert.Equal(["G01"], roster.Guards.Select(g => g.GuardId));
        Assert.Equal(0, roster.Short);
    }

    [Theory]
    [InlineData(100, 8)]
    [InlineData(10, 1)]
    [InlineData(5, 0)]
    [InlineData(1, 0)]
    public void About_one_estate_in_twelve_is_short_by_one_or_two(int estates, int expected)
    {
        var shortages = RosterPlan.Shortages(Ids(estates), 2014);

        Assert.Equal(expected, shortages.Count);
        Assert.All(shortages.Values, by => Assert.InRange(by, 1, 2));
    }

    [Fact]
    public void The_short_estates_follow_the_seed_not_the_order_of_the_estates()
    {
        var ids = Ids(100);

        var first = RosterPlan.Shortages(ids, 2014);
        var reversed = RosterPlan.Shortages(Enumerable.Reverse(ids), 2014);
        var other = RosterPlan.Shortages(ids, 2015);

        Assert.Equal(first.OrderBy(s => s.Key), reversed.OrderBy(s => s.Key));
        Assert.NotEqual(first.Keys.Order(), other.Keys.Order());
        Assert.Contains(1, first.Values);
        Assert.Contains(2, first.Values);
    }

    [Fact]
    public void A_healthy_roster_meets_every_zone_and_the_estate_for_any_staffing()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var zones = Enumerable.Range(1, random.Next(0, 4)).Select(z => Zone($"Z{z}", random.Next(0, 12))).ToList();
            var staffing = zones.Append(Estate(zones.Sum(z => z.Required) + random.Next(0, 6))).ToList();

            var roster = RosterPlan.For("GZ-0001", staffing, shortBy: 0);

            Assert.All(zones, z => Assert.True(Posted(roster, z.ZoneId) >= z.Required + (z.Required > 0 ? 1 : 0), $"{z.ZoneId} of {string.Join(", ", staffing)}"));
            Assert.InRange(roster.Spares, 1, zones.Count + 1);
        }
    }

    private static List<string> Ids(int estates) => [.. Enumerable.Range(0, estates).Select(i => EstateIds.At(i).EstateId)];
}
