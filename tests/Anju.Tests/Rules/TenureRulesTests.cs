using Anju.Errors;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class TenureRulesTests
{
    [Theory]
    [InlineData(TenureType.PublicRental, false)]
    [InlineData(TenureType.LowRent, false)]
    [InlineData(TenureType.Economy, true)]
    [InlineData(TenureType.LimitedPrice, true)]
    public void Economy_and_limited_price_are_the_purchase_types(TenureType type, bool purchase) =>
        Assert.Equal(purchase, type.IsPurchaseType());

    [Theory]
    [InlineData(TenureType.Economy, "0.7")]
    [InlineData(TenureType.LimitedPrice, "1")]
    public void A_purchase_type_with_a_share_up_to_one_is_accepted(TenureType type, string share)
    {
        var tenure = new Tenure(type, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(tenure, TenureRules.Validate(tenure));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void A_purchase_type_needs_a_share_above_zero_and_at_most_one(string? share)
    {
        decimal? value = share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.Throws<ValidationException>(() => TenureRules.Validate(new Tenure(TenureType.Economy, value)));
        Assert.Equal("ownedShare", error.Field);
    }

    [Theory]
    [InlineData(TenureType.PublicRental)]
    [InlineData(TenureType.LowRent)]
    public void A_rental_type_must_not_carry_a_share(TenureType type)
    {
        Assert.Equal("ownedShare", Assert.Throws<ValidationException>(() => TenureRules.Validate(new Tenure(type, 0.5m))).Field);
        Assert.Null(TenureRules.Validate(new Tenure(type, null)).OwnedShare);
    }

    [Fact]
    public void An_unknown_tenure_type_is_refused() =>
        Assert.Equal("tenure", Assert.Throws<ValidationException>(() => TenureRules.Validate(new Tenure((TenureType)42, null))).Field);
}
