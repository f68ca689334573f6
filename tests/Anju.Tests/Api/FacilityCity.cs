using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;

namespace Anju.Tests.Api;

/// <summary>
/// An estate with facilities for the facility tests: grid G1 with building B1 (one dwelling), a property-service
/// contract in force (so orders route to its company; drafted only, they go to the district housing office's queue), a lift in B1 whose controller is <see cref="LiftDevice"/> and a
/// water pump, placed at <see cref="Lat"/>/<see cref="Long"/>. Made by the operator (housing office, city-wide).
/// </summary>
public sealed record FacilityCity(string Estate, string Contract, string Company, string LiftDevice, double Lat, double Long)
{
    public const string Lift = "LIFT-1";
    public const string Pump = "PUMP-1";

    public static async Task<FacilityCity> CreateAsync(HttpClient op, string district = "TH", bool contractInForce = true)
    {
        var estate = Fresh.EstateId(district);
        var seed = Guid.NewGuid().GetHashCode() & 0xFFFF;
        var (lat, lon) = (22.6 + seed % 256 * 0.003, 113.1 + seed / 256 * 0.003);
        await Ok(op.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"設施{estate}", district, street = "測試街", floorArea = 60_000, lat, @long = lon }));
        await Ok(op.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = "G1", name = "一網格" }));
        await Ok(op.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = "B1", name = "1棟", gridId = "G1", floors = 18 }));
        await Ok(op.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
            new { dwellingId = "D1", floorArea = 60.0, buildingId = "B1", unit = 1, floor = 2, number = "01", tenure = "PublicRental" }));
        var contract = Fresh.EstateId("HT");
        var company = $"物業{contract[^6..]}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await TestPool.AdmitAsync(op);
        await Ok(op.PostAsJsonAsync("/api/contracts", new
        {
            contractId = contract, company = new { name = company, creditCode = "91440106MA5CABCD1X" }, estateId = estate, serviceGrade = 4,
            feePerSquareMetre = 1.2m, term = new { start = today.ToString("yyyy-MM-dd"), end = today.AddYears(2).ToString("yyyy-MM-dd") }, selection = "Tender",
            tender = TestPool.TenderBody("91440106MA5CABCD1X"),
        }));
        if (contractInForce)
        {
            await Ok(op.PostAsJsonAsync($"/api/contracts/{contract}/actions", new { action = "Activate", reason = "facility tests" }));
        }

        var device = $"LC-{contract[^6..]}";
        await Ok(op.PostAsJsonAsync($"/api/facilities/estates/{estate}/register", new object[]
        {
            new { facilityId = Lift, type = "Lift", name = "1棟1號梯", buildingId = "B1", gridId = "G1", deviceId = device, location = "1棟大堂", installedOn = "2019-05-01" },
            new { facilityId = Pump, type = "WaterPump", name = "二次供水泵房", location = "地下一層" },
        }));
        return new FacilityCity(estate, contract, company, device, lat, lon);
    }

    /// <summary>Grid staff of G1 (verifies repairs there).</summary>
    public Task<HttpClient> GridStaffAsync(RunningSilo silo) => silo.ClientAsync($"fgs-{Estate}".ToLowerInvariant(), new Grant(Role.GridStaff, ScopeKind.Grid, $"{Estate}/G1"));

    /// <summary>The contract's property company (works the orders of its queue).</summary>
    public Task<HttpClient> CompanyAsync(RunningSilo silo) => silo.ClientAsync($"fco-{Contract}".ToLowerInvariant(), new Grant(Role.PropertyCompany, ScopeKind.Contract, Contract));

    public string Register => $"/api/facilities/estates/{Estate}";

    /// <summary>Reports a fault and returns the order.</summary>
    public async Task<JsonElement> ReportAsync(HttpClient client, string facilityId = Lift, string code = "lift-stopped") =>
        await Ok(client.PostAsJsonAsync($"{Register}/faults", new { facilityId, code, detail = "電梯停在 7 樓" }));

    public static async Task<JsonElement> Ok(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }
}
