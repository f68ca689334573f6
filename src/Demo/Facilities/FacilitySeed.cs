using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.City;

namespace Anju.Demo.Facilities;

/// <summary>
/// Gives the demo city its company pool and its property-service contracts (one per zone, or per estate, each let by a
/// tender among three companies of the pool; drafted and activated, so the
/// estate routes its work orders to them) and its facility register (one CSV through <c>POST /api/import/facilities</c>).
/// Repeating it is harmless: a contract that exists answers 409 and stays as it is, and the same register changes
/// nothing.
/// </summary>
public sealed class FacilitySeed(AnjuApi api, CityOptions city)
{
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var facilities = FacilityPlan.For(CityGenerator.Rows(city)).ToList();
        var planned = clock.Elapsed;
        var zones = facilities.Where(f => f.Type == "WaterPump").GroupBy(f => f.EstateId, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(f => f.ZoneId).OfType<string>()]));
        var contracts = DemoContract.For(zones).ToList();
        var failed = await ContractsAsync(contracts, ct);
        var contracted = clock.Elapsed;
        var answer = await api.ImportFacilitiesAsync(FacilityCsv.Write(facilities), ct);
        if (!answer.IsSuccess)
        {
            Console.Error.WriteLine($"Facility import refused: {answer}");
            return false;
        }

        var r = answer.Value!;
        Console.WriteLine($"Facilities: {contracts.Count - failed} property-service contracts active ({contracted - planned:mm\\:ss\\.f}){(failed > 0 ? $", {failed} refused" : "")}; " +
            $"{r.Facilities} facilities in {r.Estates} estates registered, {r.Registered} new or changed ({clock.Elapsed - contracted:mm\\:ss\\.f}; planned in {planned.TotalSeconds:F1} s).");
        return true;
    }

    /// <summary>Drafts and activates each contract; returns how many could not be made active (an existing one is fine).</summary>
    private async Task<int> ContractsAsync(IReadOnlyList<DemoContract> contracts, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(-30);
        var failed = 0;
        foreach (var (name, code) in DemoContract.Pool) // contracts are drawn from the company pool
        {
            if (await api.AdmitCompanyAsync(new PoolAdmission(name, code, "2025年第一批入庫"), ct) is { IsSuccess: false } refused)
            {
                Console.Error.WriteLine($"Pool admission of {code} refused: {refused}");
            }
        }

        await Parallel.ForEachAsync(contracts, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (c, token) =>
        {
            var draft = await api.DraftContractAsync(new ContractDraft(
                c.ContractId, new ContractCompany(c.Company, c.CreditCode), c.EstateId, c.ZoneId, 2, 2.5m,
                new ContractTermBody(start, start.AddMonths(36).AddDays(-1)), "Tender",
                new ContractTender(c.Candidates(), start.AddDays(-45), $"GZ-ZB-{start:yyyy}-{c.EstateId}")), token);
            var active = (draft.IsSuccess || draft.IsConflict) && await api.ActivateContractAsync(c.ContractId, token) is { } act && (act.IsSuccess || act.IsConflict);
            if (!active)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return failed;
    }
}
