using Anju.Community;
using Anju.Errors;

namespace Anju.Tests.Rules;

/// <summary>Volunteer hours (志願時): an entry is more than 0 and at most a day, in quarter hours; totals per person and
/// for the estate over a period count only registered volunteers, list everyone (those without hours at 0), and count
/// security volunteers apart.</summary>
public class VolunteerHoursTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Volunteer Person(string id, bool security = false) => new(id, "陳大文", null, null, security, new(2026, 1, 1));

    private static VolunteerActivity Activity(string id, DateOnly date, params (string Who, decimal Hours)[] hours) =>
        new(id, "巡邏", ActivityKind.SecurityPatrol, date, [.. hours.Select(h => new ActivityHours(h.Who, h.Hours))]);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24.25)]
    [InlineData(100)]
    [InlineData(1.1)]
    public void An_entry_outside_the_bounds_is_refused_naming_the_field(double hours)
    {
        var refused = Assert.Throws<ValidationException>(() => VolunteerHours.Check("hours[0].hours", (decimal)hours, 24m));
        Assert.Equal("hours[0].hours", refused.Field);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(2.5)]
    [InlineData(24)]
    public void An_entry_within_the_bounds_is_kept(double hours) => Assert.Equal((decimal)hours, VolunteerHours.Check("hours", (decimal)hours, 24m));

    [Fact]
    public void Totals_per_person_and_estate_count_the_period_and_security_volunteers_apart()
    {
        var people = new[] { Person("V1", security: true), Person("V2"), Person("V3") };
        var activities = new[]
        {
            Activity("A1", new(2026, 11, 3), ("V1", 3m), ("V2", 2.5m)),
            Activity("A2", new(2026, 11, 20), ("V1", 4m)),
            Activity("A3", new(2026, 12, 1), ("V2", 1m), ("GONE", 8m)),
        };

        var all = VolunteerHours.Totals(people, activities, null, null);
        Assert.Equal((10.5m, 7m, 3, 1, 3), (all.EstateHours, all.SecurityHours, all.Volunteers, all.SecurityVolunteers, all.Activities));
        Assert.Equal(["V1", "V2", "V3"], all.People.Select(p => p.VolunteerId));
        Assert.Equal((7m, 2), (all.People[0].Hours, all.People[0].Activities));
        Assert.Equal((0m, 0), (all.People[2].Hours, all.People[2].Activities));

        var november = VolunteerHours.Totals(people, activities, new(2026, 11, 1), new(2026, 11, 30));
        Assert.Equal((9.5m, 2), (november.EstateHours, november.Activities));
        Assert.Equal(2.5m, november.People.Single(p => p.VolunteerId == "V2").Hours);
    }

    [Fact]
    public void An_activity_lists_each_registered_volunteer_once_and_is_not_dated_ahead()
    {
        var roster = new HashSet<string> { "V1", "V2" };
        Assert.Equal("hours[1].volunteerId", Assert.Throws<ValidationException>(() =>
            VolunteerRules.Activity(Activity("A1", Today, ("V1", 1m), ("V1", 2m)), roster, 24m, 500, Today)).Field);
        Assert.Equal("hours[0].volunteerId", Assert.Throws<ValidationException>(() =>
            VolunteerRules.Activity(Activity("A1", Today, ("V9", 1m)), roster, 24m, 500, Today)).Field);
        Assert.Equal("date", Assert.Throws<ValidationException>(() =>
            VolunteerRules.Activity(Activity("A1", Today.AddDays(1), ("V1", 1m)), roster, 24m, 500, Today)).Field);
        Assert.Equal("hours[0].hours", Assert.Throws<ValidationException>(() =>
            VolunteerRules.Activity(Activity("A1", Today, ("V1", 25m)), roster, 24m, 500, Today)).Field);
        Assert.Equal("hours", Assert.Throws<ValidationException>(() => VolunteerRules.Activity(Activity("A1", Today), roster, 24m, 500, Today)).Field);
        Assert.Equal(2, VolunteerRules.Activity(Activity("A1", Today, ("V1", 1m), ("V2", 0.75m)), roster, 24m, 500, Today).Hours.Count);
    }
}
