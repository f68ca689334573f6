using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace Anju.Demo.Benchmark.Security;

/// <summary>Watches the estates of silenced cameras and records, for each, the time from its last heartbeat
/// to the CameraOffline alarm the silo raised (the alarm's own raisedAt, so polling adds nothing).</summary>
public sealed class OfflineProbe(HttpClient http)
{
    private readonly ConcurrentDictionary<(int Estate, string Camera), (DateTimeOffset LastBeat, DateTimeOffset SilencedAt)> _pending = new();

    public LongHistogram Latency { get; } = new(TimeStamp.Minutes(30), 3);

    public int Detected { get; private set; }

    public int Pending => _pending.Count;

    public void Silenced(int estate, string camera, DateTimeOffset lastBeat, DateTimeOffset silencedAt) =>
        _pending[(estate, camera)] = (lastBeat, silencedAt);

    /// <summary>Polls every second until cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await PollOnceAsync(ct);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task PollOnceAsync(CancellationToken ct)
    {
        foreach (var estate in _pending.Keys.Select(k => k.Estate).Distinct().ToList())
        {
            JsonElement alarms;
            try
            {
                alarms = await http.GetFromJsonAsync<JsonElement>($"api/security/estates/{SecurityBenchOptions.EstateId(estate)}/alarms?includeCleared=true", ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                continue;
            }

            foreach (var alarm in alarms.EnumerateArray().Where(a => a.GetProperty("type").GetString() == "CameraOffline"))
            {
                var camera = alarm.GetProperty("originator").GetString()!["camera/".Length..];
                var raisedAt = alarm.GetProperty("raisedAt").GetDateTimeOffset();
                if (_pending.TryGetValue((estate, camera), out var silenced) && raisedAt >= silenced.SilencedAt.AddSeconds(-1))
                {
                    _pending.TryRemove((estate, camera), out _);
                    Latency.RecordValue((long)((raisedAt - silenced.LastBeat).TotalMilliseconds * (TimeStamp.Seconds(1) / 1000.0)));
                    Detected++;
                }
            }
        }
    }
}
