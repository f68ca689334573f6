using Anju.Errors;
using Anju.Security;

namespace Anju.Tests.Rules;

public class ShiftRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Guard> Guards = new() { ["G-1"] = new("G-1", "保安甲", null) };

    [Fact]
    public void A_shift_is_for_a_guard_on_the_roster_ends_after_it_starts_and_lasts_at_most_a_day()
    {
        var shift = new Shift("S-1", "G-1", null, Now, Now.AddHours(8), true);
        Assert.False(ShiftRules.Valid(shift, Guards, "E1").Confirmed); // planning asks the guard again
        Assert.Equal("guardId", Field(shift with { GuardId = "G-404" }));
        Assert.Equal("end", Field(shift with { End = Now }));
        Assert.Equal("end", Field(shift with { End = Now.AddHours(25) }));
        Assert.Equal("shiftId", Field(shift with { ShiftId = "" }));
    }

    [Fact]
    public void Planning_forgets_shifts_that_ended_over_a_week_ago()
    {
        var old = new Shift("old", null, null, Now.AddDays(-9), Now.AddDays(-8), false);
        var recent = new Shift("recent", null, null, Now.AddDays(-6), Now.AddDays(-5), false);
        var planned = ShiftRules.Plan(new Dictionary<string, Shift> { ["old"] = old, ["recent"] = recent },
            new Shift("new", null, null, Now, Now.AddHours(8), false), Now);

        Assert.Equal(["new", "recent"], planned.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_planned_guard_confirms_a_shift()
    {
        var shifts = new Dictionary<string, Shift> { ["S-1"] = new("S-1", "G-1", null, Now, Now.AddHours(8), false) };

        Assert.Equal("guardId", Assert.Throws<ValidationException>(() => ShiftRules.Confirm(shifts, "S-1", "G-2")).Field);
        Assert.Throws<NotFoundException>(() => ShiftRules.Confirm(shifts, "S-404", "G-1"));
        Assert.True(ShiftRules.Confirm(shifts, "S-1", "G-1").Confirmed);
        Assert.True(shifts["S-1"].Confirmed);
    }

    [Fact]
    public void Shifts_of_the_next_day_are_counted_vacant_unconfirmed_or_without_their_guard()
    {
        Shift[] shifts =
        [
            new("vacant", null, null, Now.AddHours(2), Now.AddHours(10), false),
            new("unconfirmed", "G-1", null, Now.AddHours(2), Now.AddHours(10), false),
            new("confirmed", "G-1", null, Now.AddHours(10), Now.AddHours(18), true),
            new("under-way", "G-2", null, Now.AddHours(-1), Now.AddHours(7), true),
            new("in-two-days", null, null, Now.AddDays(2), Now.AddDays(2).AddHours(8), false),
        ];

        Assert.Equal((1, 1, 1), ShiftRules.Count(shifts, new Dictionary<string, GuardDuty>(), Now));
        Assert.Equal((1, 1, 0), ShiftRules.Count(shifts, new Dictionary<string, GuardDuty> { ["G-2"] = new("G-2", Now, ClockSource.Device) }, Now));
    }

    private static string Field(Shift shift) => Assert.Throws<ValidationException>(() => ShiftRules.Valid(shift, Guards, "E1")).Field;
}
