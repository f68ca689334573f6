using Anju.Errors;
using Anju.Estates;
using Anju.Security;

namespace Anju.Tests.Rules;

public class PolicyRulesTests
{
    private static readonly EstateStructure Structure = new([new ZoneInfo("Z1", "東區")], [], [], []);

    [Fact]
    public void Ratios_cover_at_least_one_resident_per_guard_in_the_estate_or_one_of_its_zones()
    {
        Assert.Equal("ratios.residentsPerGuard", Field(new StaffingPolicy([new(null, null, 0)], null)));
        Assert.Equal("ratios.zoneId", Field(new StaffingPolicy([new("Z9", null, 300)], null)));

        var valid = PolicyRules.Valid(new StaffingPolicy([new("Z1", ShiftPeriod.Night, 300), new(null, null, 500)], null), Structure, "E1");
        Assert.Equal(2, valid.Ratios.Count);
    }

    [Fact]
    public void The_grace_is_between_nothing_and_a_day()
    {
        Assert.Equal("grace", Field(new StaffingPolicy([], TimeSpan.FromHours(25))));
        Assert.Equal("grace", Field(new StaffingPolicy([], TimeSpan.FromMinutes(-1))));
        Assert.Equal(TimeSpan.Zero, PolicyRules.Valid(new StaffingPolicy([], TimeSpan.Zero), null, "E1").Grace); // no ratios: no zones to check
    }

    private static string Field(StaffingPolicy policy) => Assert.Throws<ValidationException>(() => PolicyRules.Valid(policy, Structure, "E1")).Field;
}
