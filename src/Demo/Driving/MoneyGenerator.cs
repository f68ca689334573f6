using System.Collections.Concurrent;
using System.Text.Json;
using Anju.Demo.Api;
using Anju.Demo.Money;

namespace Anju.Demo.Driving;

/// <summary>
/// Money at a modest rate: households paying this month's property-service fee (what a line owes, in full) and
/// public-part income recorded in estates' accounts. Half of the picks go to the featured estate, so its contract's
/// month and its account visibly move on the money screen. An estate's contracts and a contract's owing lines are read
/// once (a load takes the place of an event) and read again when the month turns or the lines run out.
/// </summary>
public sealed class MoneyGenerator(AnjuApi api, IReadOnlyList<string> estates, string featured, int seed) : IEventGenerator
{
    private static readonly WeightedChoice<string> Events = new(("payment", 70), ("income", 30));
    private static readonly string[] Kinds = ["Advertising", "Parking", "VenueUse", "Other"];

    private readonly ConcurrentDictionary<string, string[]> _contracts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Dwelling, decimal Owed)>> _owing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _loading = new(StringComparer.Ordinal);
    private string _month = DemoMonths.Month(0);
    private long _next;

    public string Kind => "money";

    public double Weight => 0.04;

    public PlannedEvent? Next(Random random)
    {
        if (DemoMonths.Month(0) is var month && month != _month)
        {
            _month = month;
            _owing.Clear();
        }

        var estate = random.NextDouble() < 0.5 ? featured : estates[random.Next(estates.Count)];
        if (Events.Pick(random) == "income")
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var n = Interlocked.Increment(ref _next);
            var body = new IncomeBody($"IN-drive-{seed}-{DateTime.UtcNow:yyyyMMddHHmmss}-{n}", kind, random.Next(50, 800) * 5m, DemoMonths.Today,
                kind == "Parking" ? "临时停车收费" : kind == "Advertising" ? "宣传栏广告位" : "场地使用费", $"SJ-drive-{seed}-{n}");
            return new PlannedEvent(Kind, estate, async ct => Outcome(await api.RecordIncomeAsync(estate, body, ct), $"income at {estate}"));
        }

        if (!_contracts.TryGetValue(estate, out var contracts))
        {
            return _loading.TryAdd(estate, 0) ? new PlannedEvent(Kind, PlannedEvent.AnyEstate, ct => LoadEstateAsync(estate, ct)) : null;
        }

        if (contracts.Length == 0)
        {
            return null;
        }

        var contract = contracts[random.Next(contracts.Length)];
        if (!_owing.TryGetValue(contract, out var lines) || lines.IsEmpty)
        {
            return _loading.TryAdd(contract, 0) ? new PlannedEvent(Kind, PlannedEvent.AnyEstate, ct => LoadLinesAsync(contract, ct)) : null;
        }

        if (!lines.TryDequeue(out var line))
        {
            return null;
        }

        var payment = new FeePaymentBody($"FP-drive-{seed}-{contract}-{_month}-{line.Dwelling}", line.Dwelling, line.Owed, DemoMonths.Today);
        return new PlannedEvent(Kind, estate, async ct => Outcome(await api.PayFeeAsync(contract, payment, ct), $"payment {payment.PaymentId}"));
    }

    private async Task<EventOutcome> LoadEstateAsync(string estateId, CancellationToken ct)
    {
        var status = await api.CallAsync<JsonElement>(HttpMethod.Get, $"api/estates/{Uri.EscapeDataString(estateId)}", null, ct);
        if (status.IsSuccess && status.Value.TryGetProperty("contracts", out var list))
        {
            _contracts[estateId] = [.. list.EnumerateArray().Select(c => c.GetProperty("contractId").GetString()!)];
        }

        _loading.TryRemove(estateId, out _);
        return status.IsSuccess ? EventOutcome.Ok : new EventOutcome(EventResult.Failed, $"estate {estateId}: {status}");
    }

    /// <summary>The open month's lines that owe something, in a shuffled but repeatable order.</summary>
    private async Task<EventOutcome> LoadLinesAsync(string contractId, CancellationToken ct)
    {
        try
        {
            var month = await api.GetFeeMonthAsync(contractId, _month, ct);
            if (!month.IsSuccess)
            {
                _owing[contractId] = new();
                return month.IsNotFound ? EventOutcome.Ok : new EventOutcome(EventResult.Failed, $"fees of {contractId}: {month}");
            }

            var owing = FeeSeed.Owing(month.Value).OrderBy(l => DemoMonths.Draw(seed, $"drive-{contractId}-{l.Dwelling}"));
            _owing[contractId] = new(owing);
            return EventOutcome.Ok;
        }
        finally
        {
            _loading.TryRemove(contractId, out _);
        }
    }

    private static EventOutcome Outcome(ApiResult<JsonElement> result, string what) =>
        result.IsSuccess ? EventOutcome.Ok : new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, $"{what}: {result}");
}
