using Anju.Contracts;
using Anju.Errors;
using Anju.Estates;

namespace Anju.Tests.Rules;

public class ContractPlaceAndClockTests
{
    private static readonly PropertyContractTerms Terms = ContractRulesTests.Valid;

    [Fact]
    public void A_contract_serves_the_whole_of_an_undivided_estate_or_one_zone_of_a_divided_one()
    {
        ContractRules.CheckZone(Terms, []);
        ContractRules.CheckZone(Terms with { ZoneId = "Z1" }, [new ZoneInfo("Z1", "North")]);

        Assert.Equal("zoneId", Assert.Throws<ValidationException>(() => ContractRules.CheckZone(Terms, [new ZoneInfo("Z1", "North")])).Field);
        Assert.Equal("zoneId", Assert.Throws<ValidationException>(() => ContractRules.CheckZone(Terms with { ZoneId = "Z2" }, [new ZoneInfo("Z1", "North")])).Field);
    }

    [Fact]
    public void The_expiry_clock_ticks_just_after_the_last_day_in_hops_of_at_most_the_longest_wait()
    {
        var term = new ContractTerm(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        var lastDayNoon = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(12), ContractLifecycle.UntilExpiry(term, lastDayNoon, TimeSpan.FromDays(30)));
        Assert.Equal(TimeSpan.FromDays(30), ContractLifecycle.UntilExpiry(Terms.Term, lastDayNoon, TimeSpan.FromDays(30)));
        Assert.Equal(TimeSpan.Zero, ContractLifecycle.UntilExpiry(term, lastDayNoon.AddDays(3), TimeSpan.FromDays(30)));
    }
}
