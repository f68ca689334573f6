using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class HouseholdRulesTests
{
    private static readonly HouseholdOptions Options = new();

    private static readonly Household Valid =
        new(3, "P-000123", SpecialGroups.LowIncome | SpecialGroups.Disability, SecondAddressRegistration.Pending);

    [Fact]
    public void A_valid_household_is_accepted() =>
        Assert.Equal(Valid, HouseholdRules.Validate(Valid, Options));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21)]
    public void Size_outside_one_to_twenty_is_refused(int size) =>
        Assert.Equal("size", Assert.Throws<ValidationException>(() => HouseholdRules.Validate(Valid with { Size = size }, Options)).Field);

    [Fact]
    public void The_size_limit_is_configurable() =>
        Assert.Equal(30, HouseholdRules.Validate(Valid with { Size = 30 }, new HouseholdOptions { MaxSize = 30 }).Size);

    [Theory]
    [InlineData("")]
    [InlineData("張三")]
    [InlineData("Zhang San")]
    public void Head_of_household_must_be_an_opaque_reference_not_a_name(string head) =>
        Assert.Equal("headOfHousehold", Assert.Throws<ValidationException>(() => HouseholdRules.Validate(Valid with { HeadOfHousehold = head }, Options)).Field);

    [Fact]
    public void Unknown_special_group_flags_are_refused() =>
        Assert.Equal("specialGroups", Assert.Throws<ValidationException>(() =>
            HouseholdRules.Validate(Valid with { SpecialGroups = (SpecialGroups)64 }, Options)).Field);

    [Fact]
    public void An_unknown_second_address_status_is_refused() =>
        Assert.Equal("secondAddressRegistration", Assert.Throws<ValidationException>(() =>
            HouseholdRules.Validate(Valid with { SecondAddressRegistration = (SecondAddressRegistration)9 }, Options)).Field);

    [Theory]
    [InlineData(SpecialGroups.MinimumLivingAllowance, true)]
    [InlineData(SpecialGroups.LowIncome | SpecialGroups.ElderlyLivingAlone, true)]
    [InlineData(SpecialGroups.Disability, false)]
    [InlineData(SpecialGroups.None, false)]
    public void Minimum_allowance_and_low_income_households_qualify_for_the_fee_subsidy(SpecialGroups groups, bool qualifies) =>
        Assert.Equal(qualifies, HouseholdRules.QualifiesForFeeSubsidy(Valid with { SpecialGroups = groups }));
}
