using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Demo.Api;

/// <summary>
/// Typed calls to the silo's public HTTP API. Transient failures (no connection, time-out,
/// 502/503/504) are retried with backoff; every other answer comes back as an
/// <see cref="ApiResult{T}"/>. A retried POST may have landed the first time, so callers
/// treat a 409 after a retry as "check the current state", never as a fault. An import is
/// sent once and waited for as long as it takes. Every call but the health probe carries the
/// bearer token of <see cref="Session"/>.
/// </summary>
public sealed class AnjuApi : IDisposable
{
    private const int MaxAttempts = 4;
    private static readonly TimeSpan HealthProbeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;
    private readonly HttpClient _health;
    private long _retries;
    private long _requests;

    public AnjuApi(Uri baseAddress, int maxConnections, ApiSession session)
    {
        Session = session;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // Time-outs are per request (RequestTimeout), so that an import can take minutes.
        _http = new HttpClient(session.Authorize(handler)) { BaseAddress = WithTrailingSlash(baseAddress), Timeout = Timeout.InfiniteTimeSpan };
        _health = new HttpClient(handler, disposeHandler: false) { BaseAddress = _http.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>The account the calls are made as.</summary>
    public ApiSession Session { get; }

    /// <summary>HTTP requests sent so far, retries included (health probes not).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Transient failures retried so far.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public Task<ApiResult<EstateStatus>> GetEstateAsync(string estateId, CancellationToken ct) =>
        SendAsync<EstateStatus>(HttpMethod.Get, $"api/estates/{Segment(estateId)}", null, ct);

    public Task<ApiResult<EstatePage>> ListEstatesAsync(int skip, int take, CancellationToken ct) =>
        SendAsync<EstatePage>(HttpMethod.Get, $"api/estates?skip={skip}&take={take}", null, ct);

    public Task<ApiResult<DwellingPage>> ListDwellingsAsync(string estateId, int skip, int take, CancellationToken ct) =>
        SendAsync<DwellingPage>(HttpMethod.Get, $"api/estates/{Segment(estateId)}/dwellings?skip={skip}&take={take}", null, ct);

    public Task<ApiResult<DwellingSnapshot>> GetDwellingAsync(string estateId, string dwellingId, CancellationToken ct) =>
        SendAsync<DwellingSnapshot>(HttpMethod.Get, DwellingPath(estateId, dwellingId), null, ct);

    /// <summary>When set, the dwelling commands below go out gathered into batches (<c>POST /api/dwellings/commands</c>)
    /// instead of one request each; answers keep the single endpoints' shape (state and version).</summary>
    public DwellingCommandBatcher? Batcher { get; set; }

    public Task<ApiResult<DwellingSnapshot>> ChangeOccupancyAsync(
        string estateId, string dwellingId, OccupancyChange change, CancellationToken ct) =>
        Command(estateId, dwellingId, "occupancy", change, HttpMethod.Post, "/occupancy", ct);

    public Task<ApiResult<DwellingSnapshot>> SetHouseholdAsync(string estateId, string dwellingId, HouseholdChange household, CancellationToken ct) =>
        Command(estateId, dwellingId, "household", household, HttpMethod.Put, "/household", ct);

    public Task<ApiResult<DwellingSnapshot>> ReceiveAnnualReviewAsync(string estateId, string dwellingId, AnnualReviewReceived review, CancellationToken ct) =>
        Command(estateId, dwellingId, "annual-review", review, HttpMethod.Post, "/annual-review", ct);

    public Task<ApiResult<DwellingSnapshot>> RecordRentPaymentAsync(string estateId, string dwellingId, RentPaid payment, CancellationToken ct) =>
        Command(estateId, dwellingId, "rent-payment", payment, HttpMethod.Post, "/rent/payments", ct);

    public Task<ApiResult<DwellingSnapshot>> AddDeductionAsync(string estateId, string dwellingId, PointDeduction deduction, CancellationToken ct) =>
        Command(estateId, dwellingId, "deduction", deduction, HttpMethod.Post, "/deductions", ct);

    /// <summary>Many dwelling commands in one request: one answer per command, in order.</summary>
    public Task<ApiResult<DwellingBatchAnswer>> SendDwellingCommandsAsync(IReadOnlyList<DwellingCommandItem> commands, CancellationToken ct) =>
        SendAsync<DwellingBatchAnswer>(HttpMethod.Post, "api/dwellings/commands", commands, ct);

    public Task<ApiResult<IncidentView>> FileIncidentAsync(FileIncidentBody incident, CancellationToken ct) =>
        SendAsync<IncidentView>(HttpMethod.Post, "api/incidents", incident, ct);

    public Task<ApiResult<IncidentView>> ActOnIncidentAsync(string incidentId, IncidentStepBody step, CancellationToken ct) =>
        SendAsync<IncidentView>(HttpMethod.Post, $"api/incidents/{Uri.EscapeDataString(incidentId)}/actions", step, ct);

    public Task<ApiResult<IncidentView>> GetIncidentAsync(string incidentId, CancellationToken ct) =>
        SendAsync<IncidentView>(HttpMethod.Get, $"api/incidents/{Uri.EscapeDataString(incidentId)}", null, ct);

    /// <summary>Where an estate stands (PUT api/estates/{id}/location).</summary>
    public Task<ApiResult<EstateStatus>> LocateEstateAsync(string estateId, double lat, double lon, CancellationToken ct) =>
        SendAsync<EstateStatus>(HttpMethod.Put, $"api/estates/{Segment(estateId)}/location", new { lat, @long = lon }, ct);

    public Task<ApiResult<ImportStatus>> GetImportStatusAsync(CancellationToken ct) =>
        SendAsync<ImportStatus>(HttpMethod.Get, "api/import/status", null, ct);

    public Task<ApiResult<SiloDiagnostics>> GetDiagnosticsAsync(bool collectFirst, CancellationToken ct) =>
        SendAsync<SiloDiagnostics>(HttpMethod.Get, $"api/diagnostics?gc={(collectFirst ? "true" : "false")}", null, ct);

    /// <summary>Any JSON call (the typed calls of other areas, e.g. <see cref="FacilityCalls"/>), with the same retries.</summary>
    internal Task<ApiResult<T>> CallAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct) => SendAsync<T>(method, path, body, ct);

    /// <summary>Posts a CSV file to <c>POST /api/import</c> and waits for the answer however long the import takes.
    /// Not retried: the silo may be applying it, and the caller decides whether to send it again (that is harmless).</summary>
    public Task<ApiResult<ImportResult>> ImportAsync(HttpContent csv, CancellationToken ct) => PostCsvAsync<ImportResult>("api/import", csv, ct);

    /// <summary>Posts a CSV file and waits for the answer however long it takes; not retried (see <see cref="ImportAsync"/>).</summary>
    internal async Task<ApiResult<T>> PostCsvAsync<T>(string path, HttpContent csv, CancellationToken ct)
    {
        csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = csv };
        Interlocked.Increment(ref _requests);
        try
        {
            using var response = await _http.SendAsync(request, ct);
            return await ReadAsync<T>(response, ct);
        }
        catch (Exception ex) when (IsTransient(ex, ct))
        {
            return new ApiResult<T>(0, default, ApiProblem.NoResponse(ex));
        }
    }

    /// <summary>Polls <c>GET /health</c> until it answers 200 (the silo may still be starting); false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using (var probe = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                probe.CancelAfter(HealthProbeTimeout);
                try
                {
                    using var response = await _health.GetAsync("health", probe.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return true;
                    }
                }
                catch (Exception ex) when (IsTransient(ex, ct))
                {
                    // Not up yet: connection refused or no answer within the probe time-out.
                }
            }

            if (clock.Elapsed >= timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    public void Dispose()
    {
        _health.Dispose();
        _http.Dispose();
    }

    /// <summary>Every dwelling command carries an id of its own (a batch item's <c>commandId</c>, a single request's
    /// <c>Idempotency-Key</c>): a retry after a lost answer is then recognised by the dwelling and applies nothing twice.</summary>
    private Task<ApiResult<DwellingSnapshot>> Command(
        string estateId, string dwellingId, string command, object body, HttpMethod method, string path, CancellationToken ct)
    {
        var commandId = Guid.NewGuid().ToString("N");
        return Batcher is { } batcher
            ? batcher.SendAsync(new DwellingCommandItem(estateId, dwellingId, command, body, commandId), ct)
            : SendAsync<DwellingSnapshot>(method, DwellingPath(estateId, dwellingId) + path, body, ct, commandId);
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct, string? idempotencyKey = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(method, path)
                {
                    Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: ApiJson.Options),
                };
                if (idempotencyKey is not null)
                {
                    request.Headers.Add("Idempotency-Key", idempotencyKey);
                }

                Interlocked.Increment(ref _requests);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(RequestTimeout);
                using var response = await _http.SendAsync(request, timeout.Token);
                if (!IsTransient(response.StatusCode) || attempt == MaxAttempts)
                {
                    return await ReadAsync<T>(response, timeout.Token);
                }
            }
            catch (Exception ex) when (IsTransient(ex, ct))
            {
                if (attempt == MaxAttempts)
                {
                    return new ApiResult<T>(0, default, ApiProblem.NoResponse(ex));
                }
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(Backoff(attempt), ct);
        }
    }

    private static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        return response.IsSuccessStatusCode
            ? new ApiResult<T>(status, await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct), null)
            : new ApiResult<T>(status, default, await ReadProblemAsync(response, ct));
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            if (JsonSerializer.Deserialize<ApiProblem>(text, ApiJson.Options) is { } problem)
            {
                return problem;
            }
        }
        catch (JsonException)
        {
            // Not a problem document (an empty body or a proxy's HTML page): keep the raw text below.
        }

        return new ApiProblem(response.ReasonPhrase, text.Length > 200 ? text[..200] : text, (int)response.StatusCode, null);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>No connection, or a time-out that is not the caller's own cancellation.</summary>
    private static bool IsTransient(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested);

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds((200 << (attempt - 1)) + Random.Shared.Next(100));

    private static string DwellingPath(string estateId, string dwellingId) =>
        $"api/estates/{Segment(estateId)}/dwellings/{Segment(dwellingId)}";

    /// <summary>So relative paths resolve under a base like <c>http://host/anju</c> instead of replacing its last segment.</summary>
    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static string Segment(string id) => Uri.EscapeDataString(id);
}
