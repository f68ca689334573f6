using Anju.Contracts;
using Anju.Errors;
using Anju.Estates;

namespace Anju.Tests.Rules;

public class ZoneRulesTests
{
    private static readonly ZoneOptions Options = new();

    [Theory]
    [InlineData(150_000, false)]
    [InlineData(200_000, false)]
    [InlineData(200_001, true)]
    public void Only_estates_over_two_hundred_thousand_square_metres_may_have_zones(double area, bool allowed)
    {
        Assert.Equal(allowed, ZoneRules.MayHaveZones(area, Options));
        if (!allowed)
        {
            Assert.Throws<ConflictException>(() => ZoneRules.EnsureZonesAllowed(area, Options));
        }
    }

    [Fact]
    public void The_minimum_area_is_configurable() =>
        Assert.True(ZoneRules.MayHaveZones(150_000, new ZoneOptions { MinimumEstateArea = 100_000 }));

    [Fact]
    public void Each_zone_must_be_served_by_exactly_one_contract()
    {
        var zoneByContract = new Dictionary<string, string> { ["C-1"] = "Z-A", ["C-3"] = "Z-C", ["C-2"] = "Z-C", ["C-9"] = "Z-X" };

        var violations = ZoneRules.CoverageViolations(["Z-C", "Z-A", "Z-B"], zoneByContract);

        Assert.Equal(2, violations.Count);
        Assert.Equal(("Z-B", 0), (violations[0].ZoneId, violations[0].ContractIds.Count));
        Assert.Equal("Z-C", violations[1].ZoneId);
        Assert.Equal(["C-2", "C-3"], violations[1].ContractIds);
    }

    [Fact]
    public void One_tenure_type_under_one_company_is_no_violation()
    {
        var companyByZone = new Dictionary<string, string> { ["Z-A"] = "CO-1", ["Z-B"] = "CO-2" };
        DwellingZoning[] dwellings = [new("Z-A", TenureType.PublicRental), new("Z-A", TenureType.LowRent), new("Z-B", TenureType.Economy)];
        Assert.Empty(ZoneRules.TenureViolations(companyByZone, dwellings));
    }

    [Fact]
    public void One_tenure_type_split_between_companies_is_reported_with_the_companies()
    {
        var companyByZone = new Dictionary<string, string> { ["Z-A"] = "CO-2", ["Z-B"] = "CO-1", ["Z-C"] = "CO-2" };
        DwellingZoning[] dwellings =
        [
            new("Z-A", TenureType.PublicRental), new("Z-B", TenureType.PublicRental), new("Z-C", TenureType.PublicRental),
            new("Z-A", TenureType.Economy), new("Z-C", TenureType.Economy),
            new("Z-B", TenureType.LimitedPrice), new("Z-C", TenureType.LimitedPrice),
        ];

        var violations = ZoneRules.TenureViolations(companyByZone, dwellings);

        Assert.Equal([TenureType.PublicRental, TenureType.LimitedPrice], violations.Select(v => v.Tenure));
        Assert.Equal(["CO-1", "CO-2"], violations[0].Companies);
    }

    [Fact]
    public void Dwellings_in_a_zone_without_a_company_cannot_conflict()
    {
        var companyByZone = new Dictionary<string, string> { ["Z-A"] = "CO-1" };
        Assert.Empty(ZoneRules.TenureViolations(companyByZone, [new("Z-A", TenureType.LowRent), new("Z-B", TenureType.LowRent)]));
    }
}
