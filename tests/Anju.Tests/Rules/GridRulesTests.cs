using Anju.Errors;
using Anju.Grids;

namespace Anju.Tests.Rules;

public class GridRulesTests
{
    private static readonly GridOptions Options = new();

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    [InlineData(250)]
    public void A_grid_of_about_two_hundred_households_gets_no_warning(int households) =>
        Assert.Null(GridRules.SizeWarning(households, Options));

    [Fact]
    public void A_grid_above_the_bound_gets_a_warning() =>
        Assert.Equal(new GridSizeWarning(251, 250), GridRules.SizeWarning(251, Options));

    [Fact]
    public void The_bound_is_configurable() =>
        Assert.NotNull(GridRules.SizeWarning(201, new GridOptions { WarnAboveHouseholds = 200 }));

    [Fact]
    public void A_negative_household_count_is_refused() =>
        Assert.Equal("households", Assert.Throws<ValidationException>(() => GridRules.SizeWarning(-1, Options)).Field);

    [Theory]
    [InlineData("13800138000")]
    [InlineData("+8613800138000")]
    [InlineData("2088881")]
    [InlineData(" 020888812345 ")]
    public void Phones_of_seven_to_fifteen_digits_with_an_optional_plus_are_accepted(string phone)
    {
        var staff = GridRules.ValidateStaff(new GridStaff(" 陳小梅 ", GridStaffRole.StreetAssistant, phone));
        Assert.Equal(("陳小梅", phone.Trim()), (staff.Name, staff.Phone));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("1234567890123456")]
    [InlineData("020-8888-1234")]
    [InlineData("138 0013 8000")]
    [InlineData("86+13800138000")]
    [InlineData("++8613800138000")]
    public void Other_phones_are_refused(string phone) =>
        Assert.Equal("phone", Assert.Throws<ValidationException>(() =>
            GridRules.ValidateStaff(new GridStaff("陳小梅", GridStaffRole.PropertyStaff, phone))).Field);

    [Fact]
    public void Staff_need_a_name_and_a_known_role()
    {
        Assert.Equal("name", Assert.Throws<ValidationException>(() => GridRules.ValidateStaff(new GridStaff(" ", GridStaffRole.PropertyStaff, "13800138000"))).Field);
        Assert.Equal("role", Assert.Throws<ValidationException>(() => GridRules.ValidateStaff(new GridStaff("陳小梅", (GridStaffRole)7, "13800138000"))).Field);
    }

    [Fact]
    public void Missing_roles_are_those_of_the_three_named_by_the_policy_that_nobody_fills()
    {
        GridStaff[] staff = [new("陳小梅", GridStaffRole.PropertyStaff, "13800138000"), new("李志強", GridStaffRole.PropertyStaff, "13800138001")];
        Assert.Equal([GridStaffRole.StreetAssistant, GridStaffRole.ResidentsCommitteeStaff], GridRules.MissingRoles(staff));
        Assert.Empty(GridRules.MissingRoles([.. staff, new("黃麗", GridStaffRole.StreetAssistant, "1"), new("何偉", GridStaffRole.ResidentsCommitteeStaff, "2")]));
    }

    [Fact]
    public void A_repeated_creation_is_a_repeat_whatever_its_name_and_one_in_another_zone_a_conflict()
    {
        var state = new GridState();
        var create = new CreateGrid("TH", "G1", "North", "Z1");
        Assert.False(GridRules.IsRepeat(state, create));

        (state.EstateId, state.GridId, state.Name, state.ZoneId) = ("TH", "G1", "North", "Z1");
        Assert.True(GridRules.IsRepeat(state, create with { Name = "Renamed" }));
        Assert.Throws<ConflictException>(() => GridRules.IsRepeat(state, create with { ZoneId = "Z2" }));
    }
}
