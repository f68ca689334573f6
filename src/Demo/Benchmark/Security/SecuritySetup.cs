using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Demo.Benchmark.Security;

/// <summary>Registers the benchmark's estates (district TH), their cameras, guards and one patrol route each,
/// and creates an ingest API key (as <paramref name="admin"/>: only an administrator makes keys). Idempotent: a second
/// run reuses what is there.</summary>
public sealed class SecuritySetup(HttpClient http, HttpClient admin, SecurityBenchOptions o)
{
    public const int CheckpointsPerEstate = 10;

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var guardsPerEstate = (o.Guards + o.Estates - 1) / o.Estates;
        await Parallel.ForEachAsync(Enumerable.Range(1, o.Estates), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (n, token) =>
        {
            var id = SecurityBenchOptions.EstateId(n);
            await PostAsync($"api/estates", new { estateId = id, name = $"压测小区{n:D4}", district = "TH", street = "棠下街", floorArea = 60_000 }, token);
            await PostAsync($"api/security/estates/{id}/cameras",
                Enumerable.Range(0, o.CamerasPerEstate).Select(c => new { cameraId = $"C{c:D4}", location = $"点位{c}", kind = "dome" }), token);
            for (var g = 0; g < guardsPerEstate; g++)
            {
                await PostAsync($"api/security/estates/{id}/guards", new { guardId = $"G{g:D3}", name = $"保安{g}" }, token);
            }

            await PostAsync($"api/security/estates/{id}/routes", new
            {
                routeId = "R1", name = "全区巡逻", ordered = false, roundIntervalMinutes = 60, roundWindowMinutes = 60,
                checkpoints = Enumerable.Range(0, CheckpointsPerEstate).Select(c => new { checkpointId = $"CP{c:D2}", name = $"巡更点{c}" }),
            }, token);
        });
        using var key = await admin.PostAsJsonAsync("api/ingest/keys", new { name = "bench-security" }, ct);
        if (!key.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST api/ingest/keys: {(int)key.StatusCode} {await key.Content.ReadAsStringAsync(ct)}");
        }

        return (await key.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;
    }

    private async Task PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
