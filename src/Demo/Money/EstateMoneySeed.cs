using System.Diagnostics;
using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Money;

/// <summary>
/// The estates' money in the demo city: public-part income in every estate's public-revenue account (advertising,
/// parking, venue use in the previous and this month, with receipts) and an approved spending item in one estate in
/// four; commercial units in one estate in four (and the featured estate) with an operator, three units let, the
/// previous and this month's rent billed, last month's rent received, its taxes deducted and its net income remitted in
/// full, and this month's rent partly received. Ids are fixed, so repeating it changes nothing.
/// </summary>
public sealed class EstateMoneySeed(AnjuApi api, int seed)
{
    private static readonly (string Kind, string What, decimal From, decimal To)[] Incomes =
    [
        ("Advertising", "电梯轿厢广告位", 1200m, 4800m), ("Parking", "地面临时停车收费", 2500m, 9000m), ("VenueUse", "架空层场地使用", 300m, 1500m),
    ];

    private static readonly (string Unit, string Name, decimal Area, string Use, string Tenant, decimal Rent)[] Units =
    [
        ("S01", "1 号商铺", 86.5m, "便利店", "广州市百佳便利店有限公司", 6800m),
        ("S02", "2 号商铺", 62.0m, "社区食堂", "安心社区餐饮服务部", 4200m),
        ("S03", "肉菜市场档口 A", 24.0m, "菜市场", "陈记蔬菜档", 1500m),
    ];

    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long incomes = 0, commercial = 0;
        await Parallel.ForEachAsync(estates.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (e, token) =>
        {
            Interlocked.Add(ref incomes, await AccountAsync(e.id, e.i, token));
            if (e.i % 4 == 0 || e.id == featured)
            {
                if (await CommercialAsync(e.id, token))
                {
                    Interlocked.Increment(ref commercial);
                }
            }
        });
        Console.WriteLine($"Estates' money: {incomes} public-part incomes recorded; commercial units let, billed and remitted in {commercial} estates ({clock.Elapsed.TotalSeconds:F1} s).");
    }

    private async Task<int> AccountAsync(string estateId, int index, CancellationToken ct)
    {
        var recorded = 0;
        foreach (var back in new[] { 1, 0 })
        {
            var month = DemoMonths.Month(back);
            foreach (var (kind, what, from, to) in Incomes)
            {
                var amount = Math.Round(from + (to - from) * (decimal)DemoMonths.Draw(seed, $"income-{estateId}-{month}-{kind}"), 2);
                var id = $"IN-{month}-{kind}";
                var body = new IncomeBody(id, kind, amount, DemoMonths.Day(back, 10), $"{month} {what}", $"SJ-{estateId}-{month}-{kind}");
                recorded += (await api.RecordIncomeAsync(estateId, body, ct)).IsSuccess ? 1 : 0;
            }
        }

        if (index % 4 == 1)
        {
            var month = DemoMonths.Month(1);
            await api.RecordSpendingAsync(estateId, new
            {
                entryId = $"SP-{month}-paint", category = "outsourced", amount = 3600m, on = DemoMonths.Day(1, 18),
                description = "架空层墙面翻新", approvalRef = $"SPB-{estateId}-{month}", approver = "区住房保障办",
            }, ct);
        }

        return recorded;
    }

    private async Task<bool> CommercialAsync(string estateId, CancellationToken ct)
    {
        var ok = (await api.CommercialAsync(estateId, "operator", new { @operator = "广州城市更新商业运营有限公司" }, ct)).IsSuccess;
        var start = DemoMonths.Day(3, 1);
        foreach (var u in Units)
        {
            await api.CommercialAsync(estateId, "units", new { unitId = u.Unit, name = u.Name, floorArea = u.Area, use = u.Use }, ct);
            await api.CommercialAsync(estateId, "leases", new
            {
                leaseId = $"L-{u.Unit}", unitId = u.Unit, tenant = u.Tenant, start, end = start.AddYears(3).AddDays(-1), monthlyRent = u.Rent,
            }, ct);
        }

        foreach (var back in new[] { 1, 0 })
        {
            var month = DemoMonths.Month(back);
            var bill = await api.CommercialAsync(estateId, $"months/{month}/bill", new { }, ct);
            if (!bill.IsSuccess)
            {
                return false;
            }

            var bills = bill.Value.GetProperty("bills").EnumerateArray().ToList();
            foreach (var b in back == 1 ? bills : bills.Take(2))
            {
                var owed = b.GetProperty("billed").GetDecimal() - b.GetProperty("received").GetDecimal();
                var lease = b.GetProperty("leaseId").GetString()!;
                if (owed > 0)
                {
                    await api.CommercialAsync(estateId, $"months/{month}/rent", new { leaseId = lease, amount = owed, receiptId = $"R-{lease}-{month}" }, ct);
                }
            }

            if (back == 1)
            {
                ok &= await RemitAsync(estateId, month, bills.Sum(b => b.GetProperty("billed").GetDecimal()), ct);
            }
        }

        return ok;
    }

    /// <summary>Last month's taxes (6 % of the rent, all of it received) and the remittance of the whole net income not yet remitted.</summary>
    private async Task<bool> RemitAsync(string estateId, string month, decimal rent, CancellationToken ct)
    {
        var tax = Math.Round(rent * 0.06m, 2, MidpointRounding.AwayFromZero);
        var taxed = await api.CommercialAsync(estateId, $"months/{month}/taxes", new { amount = tax, reference = $"SW-{estateId}-{month}" }, ct);
        if (!taxed.IsSuccess)
        {
            return false;
        }

        var due = Net(taxed.Value);
        return due <= 0 || (await api.CommercialAsync(estateId, $"months/{month}/remit", new { amount = due, voucherRef = $"JK-{estateId}-{month}", remittedOn = DemoMonths.Day(0, 1) }, ct)).IsSuccess;
    }

    private static decimal Net(JsonElement month) => month.GetProperty("netIncome").GetDecimal() - month.GetProperty("remitted").GetDecimal();
}
