using System.Diagnostics;
using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Money;

/// <summary>
/// The contracts' scorecards and fees of the demo city: a third-party assessment for each of the two previous periods
/// and a breach deduction on one contract in eight; the previous month and this month billed for every contract, the
/// featured estate's first, and in the featured estate's contracts most households paying (85 % of last month's lines,
/// 55 % of this month's so far; the driver pays more as it runs). Everything has a fixed id drawn from the seed, so
/// repeating it changes nothing: a billed month answers as it stands, and a month that has payments already is not
/// paid again.
/// </summary>
public sealed class FeeSeed(AnjuApi api, int seed)
{
    private const int Parallelism = 4;
    private const int PayParallelism = 8;

    public async Task RunAsync(IReadOnlyList<(string ContractId, string EstateId)> contracts, string featured, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var assessed = 0;
        await Parallel.ForEachAsync(contracts, Options(Parallelism, ct), async (c, token) =>
        {
            foreach (var back in new[] { 2, 1 })
            {
                var score = Math.Round(68m + (decimal)DemoMonths.Draw(seed, $"assess-{c.ContractId}-{back}") * 28m, 1);
                var answer = await api.AssessAsync(c.ContractId, new
                {
                    period = DemoMonths.Month(back), score, assessor = "广州市物业管理行业协会第三方评估组",
                    assessedOn = DemoMonths.Day(back - 1, 5), evidenceRef = $"PG-{DemoMonths.Month(back)}-{c.ContractId}",
                }, token);
                if (answer.IsSuccess || answer.IsConflict)
                {
                    Interlocked.Increment(ref assessed);
                }
            }

            if (DemoMonths.Draw(seed, $"deduct-{c.ContractId}") < 0.125)
            {
                await api.DeductAsync(c.ContractId, new
                {
                    deductionId = $"KK-{c.ContractId}-{DemoMonths.Month(1)}", period = DemoMonths.Month(1), amount = 2000m,
                    reason = "电梯困人超过 30 分钟未到场", reference = (string?)null,
                }, token);
            }
        });
        var scored = clock.Elapsed;
        long lines = 0, paid = 0, refused = 0;
        // The featured estate's contracts first (they are paid), then the rest (billed only).
        var paying = contracts.Where(c => c.EstateId == featured).ToList();
        await Parallel.ForEachAsync([.. paying, .. contracts.Except(paying)], Options(Parallelism, ct), async (c, token) =>
        {
            foreach (var (back, share) in new[] { (1, 0.85), (0, 0.55) })
            {
                var month = DemoMonths.Month(back);
                var run = await api.RunFeesAsync(c.ContractId, month, token);
                if (!run.IsSuccess)
                {
                    Interlocked.Increment(ref refused);
                    continue;
                }

                var owing = Owing(run.Value).ToList();
                Interlocked.Add(ref lines, owing.Count);
                if (c.EstateId == featured && run.Value.GetProperty("totals").GetProperty("paid").GetDecimal() == 0m)
                {
                    Interlocked.Add(ref paid, await PayAsync(c.ContractId, month, back, owing, share, token));
                }
            }
        });
        Console.WriteLine($"Contracts' money: {assessed} assessments ({scored.TotalSeconds:F1} s); {DemoMonths.Month(1)} and {DemoMonths.Month(0)} billed " +
            $"({lines:N0} lines owing), {paid:N0} payments in {featured} ({(clock.Elapsed - scored).TotalSeconds:F1} s)" +
            (refused > 0 ? $"; {refused} month runs refused (a month out of order is left as it is)." : "."));
    }

    /// <summary>Pays a repeatable share of the lines that owe something, each its whole amount owed.</summary>
    private async Task<long> PayAsync(string contractId, string month, int back, IReadOnlyList<(string Dwelling, decimal Owed)> owing, double share, CancellationToken ct)
    {
        long paid = 0;
        var chosen = owing.Where(l => DemoMonths.Draw(seed, $"pay-{contractId}-{month}-{l.Dwelling}") < share);
        await Parallel.ForEachAsync(chosen, Options(PayParallelism, ct), async (l, token) =>
        {
            var day = 3 + (int)(DemoMonths.Draw(seed, $"day-{month}-{l.Dwelling}") * 25);
            var body = new FeePaymentBody($"FP-{contractId}-{month}-{l.Dwelling}", l.Dwelling, l.Owed, DemoMonths.Day(back, day));
            if ((await api.PayFeeAsync(contractId, body, token)).IsSuccess)
            {
                Interlocked.Increment(ref paid);
            }
        });
        return paid;
    }

    /// <summary>The month's lines with something outstanding.</summary>
    public static IEnumerable<(string Dwelling, decimal Owed)> Owing(JsonElement month) =>
        month.TryGetProperty("lines", out var lines)
            ? lines.EnumerateArray().Select(l => (l.GetProperty("dwellingId").GetString()!, l.GetProperty("outstanding").GetDecimal())).Where(l => l.Item2 > 0)
            : [];

    private static ParallelOptions Options(int parallelism, CancellationToken ct) => new() { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
}
