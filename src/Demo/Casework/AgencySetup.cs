using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Casework;

/// <summary>
/// The agency's work in the demo city, set up by <c>drive</c> in the background beside the money: a service contract
/// (<c>AG-DEMO-TH</c>) for the featured estate and its district neighbours, and in the first few of those estates an
/// inspection round half visited (findings recorded on the dwellings), chase records on the rent-chasing list, and
/// annual-review papers received, passed and waiting. The housing office (<paramref name="api"/>) signs the contract; the
/// agency (<paramref name="agency"/>: demo-agency, granted on the contract) does the casework, so the contract's KPIs count
/// it; its grant reaches the estates once the silo sees the contract, which is waited for. Keys are fixed, so a second
/// start repeats nothing (a repeat is answered as the first was; a promise day that moved is refused and skipped).
/// </summary>
public sealed class AgencySetup(AnjuApi api, AnjuApi agency, int seed)
{
    private const string ContractId = "AG-DEMO-TH";
    private static readonly string[] Findings = ["NoIssue", "NoIssue", "NoIssue", "Idle", "NoIssue", "Damage", "NoIssue", "NoIssue"];

    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        try
        {
            var district = featured.Split('-')[0];
            var served = estates.Where(e => e == featured).Concat(estates.Where(e => e != featured && e.StartsWith(district + "-", StringComparison.Ordinal)).Take(5)).ToList();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await CallAsync(HttpMethod.Post, "api/agency/contracts", new
            {
                contractId = ContractId, agencyName = "安居第三方住房服務中心", estateIds = served,
                term = new { start = new DateOnly(today.Year, 1, 1), end = new DateOnly(today.Year + 2, 12, 31) },
            }, ct);
            await ReachableAsync(served[0], ct);
            foreach (var estate in served.Take(3))
            {
                await EstateAsync(estate, today, ct);
            }

            Console.WriteLine($"Agency set-up: contract {ContractId} serves {served.Count} estates; rounds, chases and intake recorded in {Math.Min(3, served.Count)}.");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Agency set-up stopped; the next `drive` completes it.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Agency set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    /// <summary>Waits (at most a minute) until the agency reaches the contract's first estate: another silo than the one
    /// that signed it sees the contract within the place directory's freshness.</summary>
    private async Task ReachableAsync(string estate, CancellationToken ct)
    {
        for (var i = 0; i < 30; i++)
        {
            var probe = await agency.CallAsync<JsonElement>(HttpMethod.Get, $"api/casework/estates/{Uri.EscapeDataString(estate)}", null, ct);
            if (probe.IsSuccess)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
    }

    private async Task EstateAsync(string estate, DateOnly today, CancellationToken ct)
    {
        var q = $"api/casework/estates/{Uri.EscapeDataString(estate)}";
        var page = await api.ListDwellingsAsync(estate, 0, 200, ct);
        var lived = (page.Value?.Items ?? []).Where(d => d.State == OccupancyState.Occupied).Select(d => d.DwellingId).ToList();
        var random = new Random(seed ^ estate.Sum(c => (int)c));
        var round = lived.OrderBy(_ => random.Next()).Take(12).Order(StringComparer.Ordinal).ToList();
        if (round.Count > 0)
        {
            await CallAsync(HttpMethod.Post, $"{q}/rounds", new { roundId = "RD-DEMO-1", title = "本月住房使用巡查", dwellingIds = round, dueOn = today.AddDays(5) }, ct);
            for (var i = 0; i < round.Count * 2 / 3; i++)
            {
                await CallAsync(HttpMethod.Post, $"{q}/rounds/RD-DEMO-1/visits", new { dwellingId = round[i], finding = Findings[i % Findings.Length], note = Findings[i % Findings.Length] == "NoIssue" ? null : "巡查發現，待跟進" }, ct);
            }
        }

        var chase = await agency.CallAsync<JsonElement>(HttpMethod.Get, $"{q}/chase", null, ct);
        var rows = chase.IsSuccess ? chase.Value.EnumerateArray().Select(r => r.GetProperty("dwellingId").GetString()!).Take(6).ToList() : [];
        for (var i = 0; i < rows.Count; i++)
        {
            await CallAsync(HttpMethod.Post, $"{q}/chase", new { chaseId = $"CH-DEMO-{i}-A", dwellingId = rows[i], outcome = "Contacted", note = "電話告知欠租金額" }, ct);
            object? next = (i % 3) switch
            {
                0 => new { chaseId = $"CH-DEMO-{i}-B", dwellingId = rows[i], outcome = "Promised", promisedBy = today.AddDays(7), note = "答應月底前繳清" },
                1 => new { chaseId = $"CH-DEMO-{i}-B", dwellingId = rows[i], outcome = "Paid", note = (string?)null },
                _ => null,
            };
            if (next is not null)
            {
                await CallAsync(HttpMethod.Post, $"{q}/chase", next, ct);
            }
        }

        var intake = lived.Except(round).Take(4).ToList();
        for (var i = 0; i < intake.Count; i++)
        {
            var id = $"IT-DEMO-{i}";
            await CallAsync(HttpMethod.Post, $"{q}/intake", new { intakeId = id, dwellingId = intake[i], receivedOn = today.AddDays(-3 - i), complete = i != 3 }, ct);
            if (i < 2)
            {
                await CallAsync(HttpMethod.Post, $"{q}/intake/{id}/steps", new { to = "Passed" }, ct);
            }
        }

        await CallAsync(HttpMethod.Post, $"{q}/sync", new { }, ct);
    }

    /// <summary>One call, as the housing office for the contract and as the agency for the queues; a refusal (a repeat with
    /// a moved day, a dwelling that changed meanwhile) is skipped, not fatal.</summary>
    private async Task CallAsync(HttpMethod method, string path, object body, CancellationToken ct)
    {
        var result = await (path.StartsWith("api/agency/", StringComparison.Ordinal) ? api : agency).CallAsync<JsonElement>(method, path, body, ct);
        if (!result.IsSuccess && result.Status is 0 or >= 500)
        {
            throw new InvalidOperationException($"{method} {path}: {result}");
        }
    }
}
