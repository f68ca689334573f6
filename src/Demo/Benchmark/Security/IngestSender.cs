using System.Diagnostics;
using System.Text.Json;
using HdrHistogram;

namespace Anju.Demo.Benchmark.Security;

/// <summary>Sends device batches to <c>POST /api/ingest/events</c> with a bound on requests in flight, and
/// records send lag (scheduled → actually sent: the backlog) and response time.</summary>
public sealed class IngestSender(HttpClient http, string apiKey, int maxInFlight) : IDisposable
{
    private readonly SemaphoreSlim _inFlight = new(maxInFlight);
    private readonly object _gate = new();
    private long _accepted, _duplicate, _rejected, _failed, _events;

    public LongHistogram Lag { get; } = new(TimeStamp.Minutes(10), 3);

    public LongHistogram LagFirstHalf { get; } = new(TimeStamp.Minutes(10), 3);

    public LongHistogram LagSecondHalf { get; } = new(TimeStamp.Minutes(10), 3);

    public LongHistogram Response { get; } = new(TimeStamp.Minutes(10), 3);

    public (long Events, long Accepted, long Duplicate, long Rejected, long Failed) Totals =>
        (Interlocked.Read(ref _events), Interlocked.Read(ref _accepted), Interlocked.Read(ref _duplicate), Interlocked.Read(ref _rejected), Interlocked.Read(ref _failed));

    /// <summary>Queues one batch due at <paramref name="due"/> (a Stopwatch timestamp); returns once it has a slot.</summary>
    public async Task<Task> SendAsync(byte[] body, int events, long due, bool firstHalf, CancellationToken ct)
    {
        await _inFlight.WaitAsync(ct);
        var lag = Math.Max(0, Stopwatch.GetTimestamp() - due);
        lock (_gate)
        {
            Lag.RecordValue(lag);
            (firstHalf ? LagFirstHalf : LagSecondHalf).RecordValue(lag);
        }

        return Task.Run(() => PostAsync(body, events), CancellationToken.None);
    }

    private async Task PostAsync(byte[] body, int events)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest/events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("X-Api-Key", apiKey);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref _failed, events);
                return;
            }

            using var result = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            Interlocked.Add(ref _accepted, result.RootElement.GetProperty("accepted").GetInt32());
            Interlocked.Add(ref _duplicate, result.RootElement.GetProperty("duplicate").GetInt32());
            Interlocked.Add(ref _rejected, result.RootElement.GetProperty("rejected").GetInt32());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            Interlocked.Add(ref _failed, events);
        }
        finally
        {
            Interlocked.Add(ref _events, events);
            lock (_gate)
            {
                Response.RecordValue(Stopwatch.GetTimestamp() - started);
            }

            _inFlight.Release();
        }
    }

    /// <summary>Writes one event (heartbeat, check-in) as the ingest endpoint reads it.</summary>
    public static void Write(Utf8JsonWriter json, string id, string kind, DateTimeOffset at, string estateId, string subjectField, string subject, string? checkpoint)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("source", "bench");
        json.WriteString("timestamp", at);
        json.WriteString("kind", kind);
        json.WriteStartObject("payload");
        json.WriteString("estateId", estateId);
        json.WriteString(subjectField, subject);
        if (checkpoint is not null)
        {
            json.WriteString("checkpointId", checkpoint);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string Id(string prefix, int index, long tick) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{index}-{tick}");

    public void Dispose() => _inFlight.Dispose();
}
