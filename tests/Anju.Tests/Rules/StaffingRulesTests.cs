using Anju.Estates;
using Anju.Security;

namespace Anju.Tests.Rules;

public class StaffingRulesTests
{
    private static readonly Dictionary<string, Guard> Guards = new()
    {
        ["g1"] = new("g1", "甲", "Z1"), ["g2"] = new("g2", "乙", "Z1"), ["g3"] = new("g3", "丙", null),
    };

    [Theory]
    [InlineData(0, 500, 0)]
    [InlineData(1, 500, 1)]
    [InlineData(500, 500, 1)]
    [InlineData(501, 500, 2)]
    [InlineData(2_345, 300, 8)]
    public void Required_guards_are_the_population_over_the_ratio_rounded_up(int residents, int ratio, int required) =>
        Assert.Equal(required, StaffingRules.Required(residents, ratio));

    [Fact]
    public void The_most_specific_ratio_wins()
    {
        var policy = new StaffingPolicy(
            [new(null, null, 400), new(null, ShiftPeriod.Night, 800), new("Z1", null, 300), new("Z1", ShiftPeriod.Night, 600)], null);

        Assert.Equal(300, StaffingRules.RatioFor(policy, "Z1", ShiftPeriod.Day, 500));
        Assert.Equal(600, StaffingRules.RatioFor(policy, "Z1", ShiftPeriod.Night, 500));
        Assert.Equal(800, StaffingRules.RatioFor(policy, "Z2", ShiftPeriod.Night, 500));
        Assert.Equal(400, StaffingRules.RatioFor(policy, null, ShiftPeriod.Day, 500));
        Assert.Equal(500, StaffingRules.RatioFor(StaffingPolicy.Default, "Z1", ShiftPeriod.Day, 500));
    }

    [Fact]
    public void Zones_use_their_own_ratio_and_the_estate_adds_residents_outside_zones()
    {
        var population = new PopulationReport(1, 1_000, new Dictionary<string, int> { ["Z1"] = 601, ["Z2"] = 0 });
        var policy = new StaffingPolicy([new("Z1", null, 300)], null);

        var staffing = StaffingRules.Compute(population, Guards, ["g1", "g2", "g3", "unknown"], policy, ShiftPeriod.Day, 500);

        var z1 = Assert.Single(staffing, s => s.ZoneId == "Z1");
        Assert.Equal((3, 2), (z1.Required, z1.OnDuty));
        var estate = staffing[^1];
        Assert.Null(estate.ZoneId);
        Assert.Equal(3 + 1, estate.Required); // 399 residents outside zones need one more guard at 500
        Assert.Equal(3, estate.OnDuty);
        Assert.Equal(0.75, estate.Coverage);
    }

    [Fact]
    public void Coverage_is_full_when_nobody_is_required() =>
        Assert.Equal(1, new Staffing(null, 0, 500, 0, 0).Coverage);

    [Fact]
    public void Under_staffing_raises_only_after_the_grace_and_clears_when_restored()
    {
        var t0 = DateTimeOffset.Parse("2026-11-28T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var grace = TimeSpan.FromMinutes(10);

        var started = StaffingRules.Evaluate(true, null, false, t0, grace);
        Assert.Equal(new UnderStaffing(t0, false, false), started);
        Assert.False(StaffingRules.Evaluate(true, t0, false, t0.AddMinutes(9), grace).Raise);
        Assert.True(StaffingRules.Evaluate(true, t0, false, t0.AddMinutes(10), grace).Raise);
        Assert.False(StaffingRules.Evaluate(true, t0, true, t0.AddMinutes(11), grace).Raise); // already open
        Assert.Equal(new UnderStaffing(null, false, true), StaffingRules.Evaluate(false, t0, true, t0.AddMinutes(12), grace));
        Assert.Equal(new UnderStaffing(null, false, false), StaffingRules.Evaluate(false, t0, false, t0.AddMinutes(1), grace));
    }

    [Fact]
    public void Counts_add_up_across_estates()
    {
        var a = new SecurityCounts(2, 3, 10, 12) { ActiveAlarms = 1, UnderStaffedEstates = 1, MissedCheckpointsToday = 2, VacantShifts = 1 };
        var b = new SecurityCounts(4, 4, 5, 5) { ActiveAlarms = 2, UnacknowledgedAlarms = 2, PatrolMinutesToday = 30, RoundsCompletedToday = 3, RoundsScheduledToday = 4, UnconfirmedShifts = 2, AbsentFromShift = 1 };

        var sum = SecurityCounts.Sum([a, b]);

        Assert.Equal(new SecurityCounts(6, 7, 15, 17)
        {
            ActiveAlarms = 3, UnacknowledgedAlarms = 2, UnderStaffedEstates = 1, MissedCheckpointsToday = 2, PatrolMinutesToday = 30,
            RoundsCompletedToday = 3, RoundsScheduledToday = 4, VacantShifts = 1, UnconfirmedShifts = 2, AbsentFromShift = 1,
        }, sum);
    }
}
