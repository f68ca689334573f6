using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Anju.Fault.Tests.Harness;

/// <summary>What became of one command as its sender saw it.</summary>
public enum Outcome
{
    /// <summary>Answered 200: the change is durable and must be in the final state exactly once.</summary>
    Acknowledged,

    /// <summary>No answer (connection lost, timeout) or a 503: it may or may not have been applied; the retry decides.</summary>
    Unknown,

    /// <summary>Answered 4xx: refused; must not be in the final state.</summary>
    Refused,
}

/// <summary>
/// A load of uniquely numbered commands against one estate, spread over whichever silos are up: usage inspections
/// (each carries its number as its <c>Idempotency-Key</c> and its note) on some dwellings, and occupancy steps (repair
/// started, repair finished, again and again, each numbered per dwelling) on others, one sender per dwelling so the
/// steps stay in order. Every command's outcome is recorded for <see cref="HistoryChecker"/>; a step whose outcome is
/// unknown is sent again with the same key until it is definite, as a real integration would.
/// </summary>
public sealed class CommandLoad(string estateId, IReadOnlyList<string> inspected, IReadOnlyList<string> stepped, Func<HttpClient?> pick)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (string Dwelling, Outcome Outcome)> _inspections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _steps = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _surprises = new();
    private long _next;
    private long _unavailable;
    private long _unavailableWithRetryAfter;
    private long _lost;

    public string EstateId => estateId;

    /// <summary>Inspection id → its dwelling and outcome.</summary>
    public IReadOnlyDictionary<string, (string Dwelling, Outcome Outcome)> Inspections => _inspections;

    /// <summary>Stepped dwelling → how many steps were acknowledged (each exactly once in its trail).</summary>
    public IReadOnlyDictionary<string, int> Steps => _steps;

    /// <summary>Answers no correct server gives (a 5xx other than 503, a refused step that was legal).</summary>
    public IReadOnlyCollection<string> Surprises => _surprises;

    /// <summary>503 answers, and how many of them carried <c>Retry-After</c>.</summary>
    public (long Total, long WithRetryAfter) Unavailable => (Interlocked.Read(ref _unavailable), Interlocked.Read(ref _unavailableWithRetryAfter));

    /// <summary>Requests that got no answer at all (connection refused or reset, timeout).</summary>
    public long Lost => Interlocked.Read(ref _lost);

    /// <summary>One line for the test's output: what was sent and what became of it.</summary>
    public string Summary =>
        $"{_inspections.Count} inspections sent ({_inspections.Values.Count(v => v.Outcome == Outcome.Acknowledged)} acknowledged), " +
        $"{_steps.Values.Sum()} occupancy steps acknowledged on {_steps.Count} dwellings, {Lost} requests unanswered, " +
        $"{Unavailable.Total} answered 503 ({Unavailable.WithRetryAfter} with Retry-After)";

    public int Acknowledged => _inspections.Values.Count(v => v.Outcome == Outcome.Acknowledged) + _steps.Values.Sum();

    /// <summary>Sends until <paramref name="stop"/> is cancelled: <paramref name="senders"/> inspection senders and one
    /// sender per stepped dwelling.</summary>
    public Task RunAsync(int senders, CancellationToken stop) =>
        Task.WhenAll([.. Enumerable.Range(0, senders).Select(_ => InspectAsync(stop)), .. stepped.Select(d => StepAsync(d, stop))]);

    /// <summary>Sends every inspection whose outcome is unknown again, with its key, until each is definite, and sends
    /// <paramref name="acknowledgedSample"/> acknowledged ones again (a client that never saw the answer): the history
    /// checker then proves none of them was applied twice.</summary>
    public async Task SettleAsync(int acknowledgedSample, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var again = _inspections.Where(p => p.Value.Outcome == Outcome.Unknown)
            .Concat(_inspections.Where(p => p.Value.Outcome == Outcome.Acknowledged).Take(acknowledgedSample)).ToList();
        foreach (var (id, (dwelling, _)) in again)
        {
            while (true)
            {
                var outcome = await InspectOnceAsync(id, dwelling, CancellationToken.None);
                if (outcome != Outcome.Unknown)
                {
                    _inspections[id] = (dwelling, outcome);
                    break;
                }

                Assert.True(deadline.Elapsed < timeout, $"inspection {id} still had no definite answer after {timeout}");
                await Task.Delay(250);
            }
        }
    }

    private async Task InspectAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _next);
            var id = $"c-{n}";
            var dwelling = inspected[(int)(n % inspected.Count)];
            _inspections[id] = (dwelling, Outcome.Unknown);
            var outcome = await InspectOnceAsync(id, dwelling, stop);
            _inspections[id] = (dwelling, outcome);
            if (outcome == Outcome.Unknown)
            {
                await Task.Delay(200, CancellationToken.None); // no silo answering: do not spin
            }
        }
    }

    private async Task<Outcome> InspectOnceAsync(string id, string dwelling, CancellationToken stop) =>
        await SendAsync($"/api/estates/{estateId}/dwellings/{dwelling}/inspections", id,
            new { finding = "NoIssue", note = id }, stop);

    private async Task StepAsync(string dwelling, CancellationToken stop)
    {
        _steps[dwelling] = 0;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var action = n % 2 == 0 ? "StartRepair" : "FinishRepair";
            var key = $"o-{dwelling}-{n}";
            Outcome outcome;
            // The next step waits for this one's definite answer: sent again with its key until there is one, even
            // after the load stops, so the count below is exact.
            while ((outcome = await SendAsync($"/api/estates/{estateId}/dwellings/{dwelling}/occupancy", key,
                new { action, reason = "fault test" }, CancellationToken.None)) == Outcome.Unknown)
            {
                await Task.Delay(250, CancellationToken.None);
            }

            if (outcome != Outcome.Acknowledged)
            {
                _surprises.Enqueue($"step {key} ({action}) was refused");
                return;
            }

            _steps[dwelling] = n + 1;
            // A dwelling remembers at most 256 command ids a day (Dwellings:MaxCommandIdsInWindow) and refuses more
            // with a 409: a step every 1.5 s keeps a run of several minutes well inside that.
            await Task.Delay(1500, CancellationToken.None);
        }
    }

    private async Task<Outcome> SendAsync(string path, string key, object body, CancellationToken stop)
    {
        var http = pick();
        if (http is null)
        {
            await Task.Delay(100, CancellationToken.None);
            return Outcome.Unknown;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return Outcome.Acknowledged;
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _unavailable);
                if (response.Headers.RetryAfter is not null)
                {
                    Interlocked.Increment(ref _unavailableWithRetryAfter);
                }

                return Outcome.Unknown;
            }

            if ((int)response.StatusCode >= 500)
            {
                _surprises.Enqueue($"{key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                return Outcome.Unknown;
            }

            _surprises.Enqueue($"{key}: refused with {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            return Outcome.Refused;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            Interlocked.Increment(ref _lost);
            return Outcome.Unknown;
        }
    }
}
