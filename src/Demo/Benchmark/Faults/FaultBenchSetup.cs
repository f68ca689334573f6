using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Demo.Benchmark.Faults;

/// <summary>Registers the benchmark's estates (district TH: one grid, one building, an estate-wide property-service
/// contract, made active so orders route to its queue) once, and on every run a fresh set of lifts (ids carry the run's
/// tag, so no fault of this run lands on a lift a previous run left with an open order); then makes an ingest key (as
/// <paramref name="admin"/>: only an administrator makes keys).</summary>
public sealed class FaultBenchSetup(HttpClient http, HttpClient admin, FaultBenchOptions o, string run)
{
    /// <summary>The lift that the <paramref name="k"/>th fault of an estate hits (also its controller's device id).</summary>
    public string Lift(int k) => $"LIFT-{run}-{k:D3}";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        string[] candidates = ["914401MA0000000099", "914401MA0000000098", "914401MA0000000097"]; // the pool's tender floor is 3
        foreach (var code in candidates)
        {
            await PostAsync("api/pool/companies", new { name = $"压测物业服务有限公司{code[^2..]}", creditCode = code, qualification = "压测入库" }, ct);
        }

        await Parallel.ForEachAsync(Enumerable.Range(1, o.Estates), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (n, token) =>
        {
            var id = FaultBenchOptions.EstateId(n);
            var contract = FaultBenchOptions.ContractId(id);
            await PostAsync("api/estates", new { estateId = id, name = $"故障压测小区{n:D3}", district = "TH", street = "棠下街", floorArea = 60_000 }, token);
            await PostAsync($"api/estates/{id}/grids", new { gridId = "G1", name = "第一网格" }, token);
            await PostAsync($"api/estates/{id}/buildings", new { buildingId = "B1", name = "1栋", gridId = "G1", floors = 30 }, token);
            await PostAsync("api/contracts", new
            {
                contractId = contract, company = new { name = "压测物业服务有限公司99", creditCode = "914401MA0000000099" }, estateId = id,
                serviceGrade = 2, feePerSquareMetre = 2.5m, term = new { start, end = start.AddMonths(36).AddDays(-1) }, selection = "Tender",
                tender = new { candidates, decidedOn = start.AddDays(-30), reference = "YC-ZB-BENCH" },
            }, token);
            await PostAsync($"api/contracts/{contract}/actions", new { action = "Activate" }, token);
            await PostAsync($"api/facilities/estates/{id}/register", Enumerable.Range(1, o.LiftsPerEstate).Select(k => new
            {
                facilityId = Lift(k), type = "Lift", name = $"1栋{k}号电梯", buildingId = "B1", gridId = "G1", deviceId = Lift(k),
            }), token);
        });
        using var key = await admin.PostAsJsonAsync("api/ingest/keys", new { name = $"bench-faults-{run}" }, ct);
        if (!key.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST api/ingest/keys: {(int)key.StatusCode} {await key.Content.ReadAsStringAsync(ct)}");
        }

        return (await key.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;
    }

    /// <summary>Posts; what a previous run made already (409) is fine.</summary>
    private async Task PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
