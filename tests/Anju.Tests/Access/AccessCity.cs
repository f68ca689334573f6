using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Tests.Access;

/// <summary>
/// A small city for access tests: an estate in 天河 (TH, street 棠下街) with grids G1 and G2, a dwelling in each, the G1
/// household flagged as a special group, a case in G1 with a reporter's name and phone, a contract; and a second estate
/// in 海珠 (HZ); the G2 household's deductions at the exit level (an exit review); a lift in G1's building with an open work order (no contract in force: it is in the housing office's
/// queue <c>office-TH</c>). Made by the operator (housing office and security, city-wide).
/// </summary>
public sealed record AccessCity(string Estate, string OtherDistrictEstate, string Dwelling, string OtherGridDwelling, string Incident, string Contract, string WorkOrder)
{
    public const string Street = "棠下街";

    public const string Lift = "L-1";

    public static async Task<AccessCity> CreateAsync(HttpClient operatorClient)
    {
        var estate = Fresh.EstateId("TH");
        await Ok(operatorClient.PostAsJsonAsync("/api/estates", new { estateId = estate, name = "棠下保障房", district = "TH", street = Street, floorArea = 60_000 }));
        foreach (var grid in new[] { "G1", "G2" })
        {
            await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = grid, name = grid }));
            await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = $"B-{grid}", name = grid, gridId = grid, floors = 10 }));
            await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
                new { dwellingId = $"D-{grid}", floorArea = 60.0, buildingId = $"B-{grid}", unit = 1, floor = 2, number = "01", tenure = "PublicRental" }));
            await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D-{grid}/occupancy", new { action = "Allocate" }));
            await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D-{grid}/occupancy", new { action = "MoveIn" }));
            await Ok(operatorClient.PutAsJsonAsync($"/api/estates/{estate}/dwellings/D-{grid}/household",
                new { size = 3, headOfHousehold = "P440106198001011234", specialGroups = new[] { "Disability" } }));
        }

        await Ok(operatorClient.PutAsJsonAsync($"/api/estates/{estate}/grids/G1/staff", new[] { new { name = "網格員張", role = "PropertyStaff", phone = "13812345678" } }));
        var filed = await Ok(operatorClient.PostAsJsonAsync("/api/incidents", new
        {
            category = "Parking", severity = "Major", source = "Resident", description = "車輛堵塞消防通道",
            location = new { estateId = estate, gridId = "G1" }, reporter = new { name = "王小明", phone = "13800001111", email = "wang@example.org" },
        }));
        var contract = $"HT-{Guid.NewGuid():N}"[..12];
        await TestPool.AdmitAsync(operatorClient);
        await Ok(operatorClient.PostAsJsonAsync("/api/contracts", new
        {
            contractId = contract, company = new { name = "棠下物業", creditCode = "91440106MA5CABCD1X" }, estateId = estate, serviceGrade = 4,
            feePerSquareMetre = 1.2m, term = new { start = "2026-01-01", end = "2028-12-31" }, selection = "Tender",
            tender = TestPool.TenderBody("91440106MA5CABCD1X"),
        }));
        await Ok(operatorClient.PostAsJsonAsync($"/api/facilities/estates/{estate}/register", new[] { new { facilityId = Lift, type = "Lift", name = "1號梯", buildingId = "B-G1", gridId = "G1" } }));
        var order = await Ok(operatorClient.PostAsJsonAsync($"/api/facilities/estates/{estate}/faults", new { facilityId = Lift, code = "lift-fault", detail = "按鈕失靈" }));
        // Twelve points on the G2 household reach the exit level: the exit review the matrix reads and steps on.
        await Ok(operatorClient.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D-G2/deductions", new { points = 12, reasonCode = "SUBLET", actor = "inspector" }));
        var reviews = await Ok(operatorClient.GetAsync($"/api/estates/{estate}/exit-reviews"));
        var other = Fresh.EstateId("HZ");
        await Ok(operatorClient.PostAsJsonAsync("/api/estates", new { estateId = other, name = "海珠保障房", district = "HZ", street = "南洲街", floorArea = 60_000 }));
        return new AccessCity(estate, other, "D-G1", "D-G2", filed.GetProperty("summary").GetProperty("incidentId").GetString()!, contract,
            order.GetProperty("summary").GetProperty("orderId").GetString()!)
        {
            ExitReview = reviews.GetProperty("cases")[0].GetProperty("caseId").GetString()!,
        };
    }

    /// <summary>The exit review (退出審查) opened on the G2 dwelling.</summary>
    public string ExitReview { get; init; } = "";

    /// <summary>The value a route parameter of the matrix takes.</summary>
    public string Value(string parameter) => parameter switch
    {
        "estateId" => Estate,
        "gridId" => "G1",
        "dwellingId" => Dwelling,
        "incidentId" => Incident,
        "contractId" => Contract,
        "alarmId" => $"security:{Estate}:AL-000001",
        "code" => "TH",
        "service_request_id" => Incident,
        "service_code" => "parking",
        "facilityId" => Lift,
        "orderId" => WorkOrder,
        "queueId" => "office-TH",
        "exitReviewId" => ExitReview,
        "district" => "TH",
        "tenure" => "PublicRental",
        _ => "X-404",
    };

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }
}
