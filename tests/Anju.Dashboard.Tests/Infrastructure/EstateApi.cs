using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// The silo's HTTP API as the tests drive it: how events enter the system in production. A change
/// reaches the estate's status asynchronously (dwelling → grid → estate rollups), so tests that
/// need the estate's resulting state wait for it with <see cref="StatusWhenAsync"/>.
/// </summary>
public sealed class EstateApi(HttpClient http)
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Registers a fresh estate with one grid, one building and <paramref name="dwellings"/>
    /// vacant public-rental dwellings (<c>1-1-101</c>, <c>1-1-102</c>, …); returns its id.</summary>
    public async Task<string> RegisterAsync(string name, string district, int dwellings)
    {
        var id = Fresh.EstateId(district);
        await SendAsync(http.PostAsJsonAsync("/api/estates", new { estateId = id, name, district, street = "测试街", floorArea = 50_000 }));
        await SendAsync(http.PostAsJsonAsync($"/api/estates/{id}/grids", new { gridId = "G1", name = "第一网格" }));
        await SendAsync(http.PostAsJsonAsync($"/api/estates/{id}/buildings", new { buildingId = "B1", name = "1栋", gridId = "G1", floors = 18 }));
        for (var i = 1; i <= dwellings; i++)
        {
            await SendAsync(http.PostAsJsonAsync($"/api/estates/{id}/dwellings", new
            {
                dwellingId = Dwelling(i), floorArea = 60, buildingId = "B1", unit = 1, floor = 1, number = $"{100 + i}", tenure = "PublicRental",
            }));
        }

        await StatusWhenAsync(id, s => Occupancy(s).GetProperty("dwellings").GetInt32() == dwellings);
        return id;
    }

    /// <summary>Drafts and activates a property-service contract for the whole estate (so it is attached and orders of
    /// the estate route to its queue); returns its id, which is also its work queue's id.</summary>
    public async Task<string> ContractAsync(string estateId, string company = "测试物业")
    {
        var id = $"HT-{Guid.NewGuid():N}"[..12];
        await TestPool.AdmitAsync(http);
        await SendAsync(http.PostAsJsonAsync("/api/contracts", new
        {
            contractId = id, company = new { name = company, creditCode = "91440106MA5CABCD1X" }, estateId, serviceGrade = 3,
            feePerSquareMetre = 1.5m, term = new { start = "2026-01-01", end = "2028-12-31" }, selection = "Tender",
            tender = TestPool.TenderBody("91440106MA5CABCD1X"),
        }));
        await SendAsync(http.PostAsJsonAsync($"/api/contracts/{id}/actions", new { action = "Activate" }));
        return id;
    }

    /// <summary>The id of the <paramref name="n"/>th dwelling made by <see cref="RegisterAsync"/>.</summary>
    public static string Dwelling(int n) => $"1-1-{100 + n}";

    /// <summary>One occupancy step (<c>Allocate</c>, <c>MoveIn</c>, …) through the API.</summary>
    public Task ChangeAsync(string estateId, string dwellingId, string action) =>
        SendAsync(http.PostAsJsonAsync($"/api/estates/{estateId}/dwellings/{dwellingId}/occupancy", new { action, actor = "t" }));

    /// <summary>GET /api/estates/{id}: the estate's status as the API returns it.</summary>
    public Task<JsonElement> StatusAsync(string estateId) => http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}");

    /// <summary>The estate's status once <paramref name="condition"/> holds (polled: rollups announce nothing).</summary>
    public async Task<JsonElement> StatusWhenAsync(string estateId, Func<JsonElement, bool> condition)
    {
        var status = await StatusAsync(estateId);
        await Wait.UntilAsync(async () => condition(status = await StatusAsync(estateId)), SettleTimeout,
            () => $"the status of {estateId} to settle; last seen {status.GetRawText()}");
        return status;
    }

    public static JsonElement Occupancy(JsonElement status) => status.GetProperty("occupancy");

    public static int InState(JsonElement status, string state) => Occupancy(status).GetProperty("byState").GetProperty(state).GetInt32();

    public static long Version(JsonElement status) => status.GetProperty("version").GetInt64();

    internal static async Task SendAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
