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

    [Fact]
    public void A_repeated_registration_is_not_new_and_a_different_one_is_a_conflict()
    {
        var held = EstateRules.Validate("TH-0001", new RegisterEstate("棠德花苑", "TH", "棠下街", 52000), Now);

        Assert.True(EstateRules.IsNew(null, held));
        Assert.False(EstateRules.IsNew(held, held with { RegisteredAt = Now.AddDays(1) }));
        Assert.Throws<ConflictException>(() => EstateRules.IsNew(held, held with { FloorArea = 1 }));
    }

    [Fact]
    public void An_estate_moves_only_when_registered_and_somewhere_else()
    {
        var held = EstateRules.Validate("TH-0001", new RegisterEstate("棠德花苑", "TH", "棠下街", 52000), Now);
        var at = new GeoPoint(23.13, 113.36);

        var moved = EstateRules.Relocated(held, "TH-0001", at);
        Assert.Equal(at, moved?.Location);
        Assert.Null(EstateRules.Relocated(moved, "TH-0001", at));
        Assert.Throws<NotFoundException>(() => EstateRules.Relocated(null, "TH-0001", at));
    }

    [Fact]
    public void A_structural_fact_is_new_once_an_identical_repeat_is_not_and_another_under_its_id_is_a_conflict()
    {
        var zones = new Dictionary<string, ZoneInfo>(StringComparer.Ordinal) { ["Z1"] = new("Z1", "North") };

        Assert.True(EstateStructureRules.IsNew(zones, "Z2", new ZoneInfo("Z2", "South"), "TH-0001", "zone"));
        Assert.False(EstateStructureRules.IsNew(zones, "Z1", new ZoneInfo("Z1", "North"), "TH-0001", "zone"));
        var refused = Assert.Throws<ConflictException>(() => EstateStructureRules.IsNew(zones, "Z1", new ZoneInfo("Z1", "East"), "TH-0001", "zone"));
        Assert.Contains("zone 'Z1'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attached_contract_with_a_blank_zone_is_held_as_serving_the_whole_estate()
    {
        var state = new EstateState { Profile = EstateRules.Validate("TH-0001", new RegisterEstate("棠德花苑", "TH", "棠下街", 52000), Now) };

        var held = EstateStructureRules.Attach(state, new ContractAttachment("C-1", "ACME", "Acme Property", " "), []);

        Assert.Null(held.ZoneId);
    }
}
