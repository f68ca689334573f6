using System.Net.Http.Json;
using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Security;

/// <summary>The demo city's security set-up and device traffic through the public API: per estate
/// <see cref="Cameras"/> cameras, guards for its population (<see cref="RosterPlan"/>) and one patrol route of
/// <see cref="Checkpoints"/> checkpoints; device events go through the ingest endpoint with a key. The set-up is done as
/// <paramref name="data"/>, the key made by <paramref name="admin"/> (an administrator: it holds no data permission),
/// and device traffic carries the key alone, as a device's would.</summary>
public sealed class DemoSecurity(Uri api, ApiSession data, ApiSession? admin = null) : IDisposable
{
    public const int Cameras = 8;
    public const int Checkpoints = 4;

    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(250);

    private readonly HttpClient _http = new(data.Authorize(new SocketsHttpHandler())) { BaseAddress = new Uri(api, "/"), Timeout = TimeSpan.FromSeconds(30) };
    private readonly HttpClient? _admin = admin is null ? null
        : new(admin.Authorize(new SocketsHttpHandler())) { BaseAddress = new Uri(api, "/"), Timeout = TimeSpan.FromSeconds(30) };
    private readonly HttpClient _devices = new() { BaseAddress = new Uri(api, "/"), Timeout = TimeSpan.FromSeconds(30) };

    public static string Camera(int n) => $"C{n:D2}";

    public static string Checkpoint(int n) => $"CP{n:D2}";

    /// <summary>Registers cameras, a roster sized by <see cref="RosterPlan"/> to what each desk requires, and the route of
    /// every estate (repeating is harmless: the same guards again change nothing, a larger roster adds guards). First
    /// waits (at most <paramref name="settleTimeout"/> in all) until each desk has heard its estate's population, which
    /// lags an import; returns each estate's roster and how many desks had not settled.</summary>
    public async Task<(IReadOnlyList<EstateDesk> Desks, int Unsettled)> RosterAsync(
        IReadOnlyList<string> estateIds, int seed, TimeSpan settleTimeout, CancellationToken ct)
    {
        var shortages = RosterPlan.Shortages(estateIds, seed);
        var deadline = DateTimeOffset.UtcNow + settleTimeout;
        var desks = new EstateDesk[estateIds.Count];
        var unsettled = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, estateIds.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            var id = estateIds[i];
            var (desk, settled) = await SettledDeskAsync(id, deadline, token);
            if (!settled)
            {
                Interlocked.Increment(ref unsettled);
            }

            var roster = RosterPlan.For(id, desk.Staffing, shortages.GetValueOrDefault(id));
            await PostAsync($"api/security/estates/{id}/cameras",
                Enumerable.Range(1, Cameras).Select(c => new { cameraId = Camera(c), location = c <= 2 ? "大门" : $"{c - 2}栋大堂", kind = c <= 2 ? "bullet" : "dome" }), token);
            foreach (var guard in roster.Guards)
            {
                await PostAsync($"api/security/estates/{id}/guards", new { guardId = guard.GuardId, name = guard.Name, zoneId = guard.ZoneId }, token);
            }

            await PostAsync($"api/security/estates/{id}/routes", new
            {
                routeId = "R1", name = "夜间环线", ordered = true, roundIntervalMinutes = 60, roundWindowMinutes = 50,
                checkpoints = Enumerable.Range(1, Checkpoints).Select(c => new { checkpointId = Checkpoint(c), name = $"巡更点{c}" }),
            }, token);
            var planned = roster.Guards.Select(g => g.GuardId).ToHashSet(StringComparer.Ordinal);
            desks[i] = new EstateDesk(roster, [.. desk.OnDuty.Select(d => d.GuardId).Where(g => !planned.Contains(g))]);
        });
        return (desks, unsettled);
    }

    /// <summary>The desk's view once its population matches the estate's residents (the estate pushes it after each
    /// change, so just after an import it may lag), or whatever it says when the deadline has passed.</summary>
    public async Task<(DeskView Desk, bool Settled)> SettledDeskAsync(string estateId, DateTimeOffset deadline, CancellationToken ct)
    {
        while (true)
        {
            var desk = await GetAsync<DeskView>($"api/security/estates/{estateId}", ct);
            var estate = await GetAsync<JsonElement>($"api/estates/{estateId}", ct);
            var residents = estate.TryGetProperty("residency", out var residency) ? residency.GetProperty("residents").GetInt32() : 0;
            var occupied = estate.GetProperty("occupancy").GetProperty("occupied").GetInt32();
            var heard = desk.Staffing.LastOrDefault(s => s.ZoneId is null)?.Residents ?? 0;
            if (heard == residents && (residents > 0 || occupied == 0))
            {
                return (desk, true);
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return (desk, false);
            }

            await Task.Delay(SettlePoll, ct);
        }
    }

    /// <summary>A fresh ingest key for this run (the driver's integration), made by the administrator.</summary>
    public async Task<string> CreateKeyAsync(string name, CancellationToken ct)
    {
        var client = _admin ?? throw new InvalidOperationException("Making an ingest key needs an administrator's session.");
        using var response = await client.PostAsJsonAsync("api/ingest/keys", new { name }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST api/ingest/keys as {admin!.UserName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;
    }

    /// <summary>Sends a batch; returns the accepted, duplicate and rejected counts, or null when the call failed.</summary>
    public async Task<(int Accepted, int Duplicate, int Rejected)?> IngestAsync(string key, IReadOnlyList<object> events, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest/events") { Content = JsonContent.Create(events) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await _devices.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicate").GetInt32(), body.GetProperty("rejected").GetInt32());
    }

    public void Dispose()
    {
        _http.Dispose();
        _admin?.Dispose();
        _devices.Dispose();
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(ct))!;
    }

    private async Task PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
