using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>The facility register and fault reporting through the silo's API, the way a housing office registers
/// facilities and a resident or device reports a fault.</summary>
public sealed class FacilitiesApi(HttpClient http)
{
    /// <summary>Registers a lift <c>L1</c> in building <c>B1</c> of an estate made by <see cref="EstateApi.RegisterAsync"/>
    /// (plus a gate, so the register has more than one type); returns the lift's id.</summary>
    public async Task<string> RegisterLiftAsync(string estateId)
    {
        await EstateApi.SendAsync(http.PostAsJsonAsync($"/api/facilities/estates/{estateId}/register", new object[]
        {
            new { facilityId = "L1", type = "Lift", name = "1栋1号电梯", buildingId = "B1", gridId = "G1", deviceId = $"{estateId}-L1" },
            new { facilityId = "GT1", type = "Gate", name = "东门道闸", gridId = "G1" },
        }));
        return "L1";
    }

    /// <summary>Reports a fault; returns the work order's id.</summary>
    public async Task<string> ReportAsync(string estateId, string facilityId, string code, string detail = "测试报修")
    {
        using var response = await http.PostAsJsonAsync($"/api/facilities/estates/{estateId}/faults", new { facilityId, code, detail });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"reporting {code} at {estateId}/{facilityId} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("summary").GetProperty("orderId").GetString()!;
    }
}
