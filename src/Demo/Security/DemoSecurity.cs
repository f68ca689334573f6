using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Demo.Security;

/// <summary>The demo city's security set-up and device traffic through the public API: per estate
/// <see cref="Cameras"/> cameras, <see cref="Guards"/> guards and one patrol route of
/// <see cref="Checkpoints"/> checkpoints; device events go through the ingest endpoint with a key.</summary>
public sealed class DemoSecurity(Uri api) : IDisposable
{
    public const int Cameras = 8;
    public const int Guards = 4;
    public const int Checkpoints = 4;

    private readonly HttpClient _http = new() { BaseAddress = new Uri(api, "/"), Timeout = TimeSpan.FromSeconds(30) };

    public static string Camera(int n) => $"C{n:D2}";

    public static string Guard(int n) => $"G{n:D2}";

    public static string Checkpoint(int n) => $"CP{n:D2}";

    /// <summary>Registers cameras, guards and the route of every estate (repeating is harmless); a few seconds for 100 estates.</summary>
    public async Task RosterAsync(IReadOnlyList<string> estateIds, CancellationToken ct)
    {
        await Parallel.ForEachAsync(estateIds, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (id, token) =>
        {
            await PostAsync($"api/security/estates/{id}/cameras",
                Enumerable.Range(1, Cameras).Select(c => new { cameraId = Camera(c), location = c <= 2 ? "大门" : $"{c - 2}栋大堂", kind = c <= 2 ? "bullet" : "dome" }), token);
            for (var g = 1; g <= Guards; g++)
            {
                await PostAsync($"api/security/estates/{id}/guards", new { guardId = Guard(g), name = $"保安{g}号" }, token);
            }

            await PostAsync($"api/security/estates/{id}/routes", new
            {
                routeId = "R1", name = "夜间环线", ordered = true, roundIntervalMinutes = 60, roundWindowMinutes = 50,
                checkpoints = Enumerable.Range(1, Checkpoints).Select(c => new { checkpointId = Checkpoint(c), name = $"巡更点{c}" }),
            }, token);
        });
    }

    /// <summary>A fresh ingest key for this run (the driver's integration).</summary>
    public async Task<string> CreateKeyAsync(string name, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("api/ingest/keys", new { name }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;
    }

    /// <summary>Sends a batch; returns the accepted, duplicate and rejected counts, or null when the call failed.</summary>
    public async Task<(int Accepted, int Duplicate, int Rejected)?> IngestAsync(string key, IReadOnlyList<object> events, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest/events") { Content = JsonContent.Create(events) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicate").GetInt32(), body.GetProperty("rejected").GetInt32());
    }

    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
