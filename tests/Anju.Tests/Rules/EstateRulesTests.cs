using Anju.Errors;
using Anju.Estates;

namespace Anju.Tests.Rules;

public class EstateRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("", "TH", "猎德街", 1000, "name")]
    [InlineData("  ", "TH", "猎德街", 1000, "name")]
    [InlineData("金沙洲保障房", "XX", "猎德街", 1000, "district")]
    [InlineData("金沙洲保障房", "TH", "", 1000, "street")]
    [InlineData("金沙洲保障房", "TH", "猎德街", 0, "floorArea")]
    [InlineData("金沙洲保障房", "TH", "猎德街", double.NaN, "floorArea")]
    public void Invalid_registration_names_the_field(string name, string district, string street, double area, string field)
    {
        var error = Assert.Throws<ValidationException>(() =>
            EstateRules.Validate("TH-0001", new RegisterEstate(name, district, street, area), Now));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("waaaaaaaaaaaaaaaaaaaaaaaaaaaaaaay-too-long")]
    public void Invalid_estate_id_is_refused(string id) =>
        Assert.Equal("estateId", Assert.Throws<ValidationException>(() =>
            EstateRules.Validate(id, new RegisterEstate("n", "TH", "s", 1), Now)).Field);

    [Fact]
    public void Names_are_trimmed_and_registration_time_does_not_make_a_profile_different()
    {
        var a = EstateRules.Validate("TH-0001", new RegisterEstate(" 棠德花苑 ", "TH", "棠下街", 52000), Now);
        var b = EstateRules.Validate("TH-0001", new RegisterEstate("棠德花苑", "TH", "棠下街", 52000), Now.AddHours(1));
        Assert.Equal("棠德花苑", a.Name);
        Assert.True(EstateRules.SameProfile(a, b));
        Assert.False(EstateRules.SameProfile(a, b with { FloorArea = 1 }));
    }
}
