using Anju.Errors;
using Anju.Estates;
using Anju.Security;

namespace Anju.Tests.Rules;

public class RosterRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static readonly EstateStructure Structure = new([new ZoneInfo("Z1", "東區")], [], [new BuildingInfo("B1", "一座", "G1", 30)], []);

    [Fact]
    public void A_guard_is_posted_to_the_estate_or_one_of_its_zones()
    {
        Assert.Equal(new Guard("G-1", "保安甲", "Z1"), RosterRules.Valid(new Guard("G-1", "保安甲", "Z1"), Structure, "E1"));
        Assert.Null(RosterRules.Valid(new Guard("G-1", "保安甲", " "), Structure, "E1").ZoneId);
        Assert.Equal("zoneId", Assert.Throws<ValidationException>(() => RosterRules.Valid(new Guard("G-1", "保安甲", "Z9"), Structure, "E1")).Field);
        Assert.Equal("name", Assert.Throws<ValidationException>(() => RosterRules.Valid(new Guard("G-1", "", null), Structure, "E1")).Field);
    }

    [Fact]
    public void A_guard_on_duty_cannot_leave_the_roster_and_one_who_leaves_vacates_the_shifts_ahead()
    {
        var desk = new SecurityDeskState();
        desk.Guards["G-1"] = new Guard("G-1", "保安甲", null);
        desk.Shifts["past"] = new Shift("past", "G-1", null, Now.AddHours(-10), Now.AddHours(-2), true);
        desk.Shifts["ahead"] = new Shift("ahead", "G-1", null, Now.AddHours(2), Now.AddHours(10), true);
        RosterRules.Clock(desk, "G-1", true, "主管", Now);

        Assert.Throws<ConflictException>(() => RosterRules.Remove(desk, "G-1", "主管", Now));
        Assert.Equal("actor", Assert.Throws<ValidationException>(() => RosterRules.Remove(desk, "G-1", "", Now)).Field);
        RosterRules.Clock(desk, "G-1", false, "主管", Now);
        RosterRules.Remove(desk, "G-1", "主管", Now);

        Assert.Empty(desk.Guards);
        Assert.Equal("G-1", desk.Shifts["past"].GuardId);
        Assert.Equal((null, false), (desk.Shifts["ahead"].GuardId, desk.Shifts["ahead"].Confirmed));
        Assert.Throws<NotFoundException>(() => RosterRules.Remove(desk, "G-1", "主管", Now));
    }

    [Fact]
    public void Clocking_in_twice_keeps_the_first_time_and_only_guards_on_the_roster_clock()
    {
        var desk = new SecurityDeskState();
        desk.Guards["G-1"] = new Guard("G-1", "保安甲", null);
        RosterRules.Clock(desk.OnDuty, "G-1", true, Now, ClockSource.Device);
        RosterRules.Clock(desk, "G-1", true, "主管", Now.AddMinutes(5));

        Assert.Equal(new GuardDuty("G-1", Now, ClockSource.Device), desk.OnDuty["G-1"]);
        Assert.Throws<NotFoundException>(() => RosterRules.Clock(desk, "G-404", true, "主管", Now));
    }
}
