using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Money;

/// <summary>
/// The money of the demo city, set up by <c>drive</c> in the background while its stream runs (billing and paying a
/// city's fees takes minutes, and the live screens should not wait for it): the contracts' assessments and fees
/// (<see cref="FeeSeed"/>) and the estates' accounts and commercial units (<see cref="EstateMoneySeed"/>), side by side.
/// Each step is repeatable, so every start of <c>drive</c> runs it and only completes what is missing. The contracts are
/// read from the estates themselves (their attached contracts), so it needs nothing but the city's estates.
/// </summary>
public sealed class MoneySetup(AnjuApi api, int seed)
{
    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        try
        {
            var contracts = await ContractsAsync(estates, ct);
            Console.WriteLine($"Money set-up: {contracts.Count} contracts in {estates.Count} estates; billing, paying and recording in the background.");
            await Task.WhenAll(
                new FeeSeed(api, seed).RunAsync(contracts, featured, ct),
                new EstateMoneySeed(api, seed).RunAsync(estates, featured, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Money set-up stopped; the next `drive` completes it (each step is repeatable).");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Money set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    private async Task<IReadOnlyList<(string ContractId, string EstateId)>> ContractsAsync(IReadOnlyList<string> estates, CancellationToken ct)
    {
        var found = new System.Collections.Concurrent.ConcurrentBag<(string, string)>();
        await Parallel.ForEachAsync(estates, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (estateId, token) =>
        {
            var status = await api.CallAsync<JsonElement>(HttpMethod.Get, $"api/estates/{Uri.EscapeDataString(estateId)}", null, token);
            if (status.IsSuccess && status.Value.TryGetProperty("contracts", out var list))
            {
                foreach (var c in list.EnumerateArray())
                {
                    found.Add((c.GetProperty("contractId").GetString()!, estateId));
                }
            }
        });
        return [.. found.OrderBy(c => c.Item1, StringComparer.Ordinal)];
    }
}
