using Anju.Demo.City;
using Anju.Demo.Facilities;
using Anju.Silo.Import;

namespace Anju.Tests.Demo;

/// <summary>The demo city's facility register and contracts: drawn from the generated city's own buildings and zones,
/// a file the silo's facility import reads without an error, and orders walked in the lifecycle's order.</summary>
public sealed class FacilityPlanTests
{
    private static readonly CityOptions City = new(7, 2_500, 11, new DateOnly(2026, 5, 1));

    private static List<DemoFacility> Plan() => [.. FacilityPlan.For(CityGenerator.Rows(City))];

    [Fact]
    public void Every_building_gets_a_lift_per_unit_lighting_and_a_door_and_every_estate_its_shared_facilities()
    {
        var rows = CityGenerator.Rows(City).ToList();
        var plan = Plan();

        foreach (var estate in rows.GroupBy(r => r.EstateId))
        {
            var own = plan.Where(f => f.EstateId == estate.Key).ToList();
            foreach (var building in estate.GroupBy(r => r.BuildingId))
            {
                var units = building.Select(r => r.Unit).Distinct().Count();
                Assert.Equal(units, own.Count(f => f.Type == "Lift" && f.BuildingId == building.Key));
                Assert.Single(own, f => f.Type == "Lighting" && f.BuildingId == building.Key);
                Assert.Single(own, f => f.Type == "AccessControl" && f.BuildingId == building.Key);
            }

            var zones = estate.Select(r => r.ZoneId).Distinct().ToList();
            Assert.Equal(zones.OrderBy(z => z), own.Where(f => f.Type == "WaterPump").Select(f => f.ZoneId).OrderBy(z => z));
            foreach (var type in new[] { "FireSystem", "Cctv", "GarbageStation", "AccessibilityRamp", "ElderlyCareRoom", "PoliceRoom", "Clinic" })
            {
                Assert.Single(own, f => f.Type == type);
            }

            Assert.Equal(own.Count, own.Select(f => f.FacilityId).Distinct().Count());
            Assert.Equal(own.Count(f => f.DeviceId is not null), own.Select(f => f.DeviceId).OfType<string>().Distinct().Count());
        }
    }

    [Fact]
    public async Task The_register_file_reads_without_an_error_and_the_same_city_gives_the_same_file()
    {
        var csv = FacilityCsv.Write(Plan());

        using var stream = new MemoryStream(csv);
        var (rows, errors) = await FacilityCsvReader.ReadAsync(stream);

        Assert.Empty(errors);
        Assert.Equal(Plan().Count, rows.Count);
        Assert.Equal(csv, FacilityCsv.Write(Plan()));
    }

    [Fact]
    public void An_estate_with_zones_gets_a_contract_per_zone_all_with_one_company_and_one_without_zones_a_single_contract()
    {
        var contracts = DemoContract.For([("TH-0001", []), ("HZ-0001", ["Z1", "Z2"])]).ToList();

        Assert.Equal(["HT-TH-0001", "HT-HZ-0001-Z1", "HT-HZ-0001-Z2"], contracts.Select(c => c.ContractId));
        Assert.Null(contracts[0].ZoneId);
        Assert.Single(contracts.Where(c => c.EstateId == "HZ-0001").Select(c => c.CreditCode).Distinct());
        Assert.All(contracts, c => Assert.Matches("^[0-9A-Z]{18}$", c.CreditCode));
    }

    [Fact]
    public void The_driver_walks_an_order_through_every_step_in_order_and_sometimes_sends_a_repair_back()
    {
        var random = new Random(3);
        var steps = new List<string?>();
        foreach (var status in new[] { "Reported", "Accepted", "Dispatched", "OnSite", "Verified", "Closed", "Cancelled" })
        {
            steps.Add(FaultMix.NextStep(status, random));
        }

        Assert.Equal(["accept", "dispatch", "on-site", "repair", "close", null, null], steps);
        var judged = Enumerable.Range(0, 500).Select(_ => FaultMix.NextStep("Repaired", random)).ToList();
        Assert.Contains("send-back", judged);
        Assert.True(judged.Count(s => s == "verify") > 400);
    }
}
