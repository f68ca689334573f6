using Anju.Common;

namespace Anju.Money;

/// <summary>A month's fee totals across the city, per contract, as the ledgers report them; a district's view is the
/// district's rows. Small: one row per contract (the demo city has 112).</summary>
internal sealed class FeeCityMonthGrain(
    [PersistentState("fee-city-month", StorageNames.Main)] IPersistentState<FeeCityMonthState> state) : Grain, IFeeCityMonthGrain
{
    private string MonthKey => Keys.MonthOfFeeCity(this.GetPrimaryKeyString());

    public async Task ReportAsync(FeeContractMonth totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var rows = state.State.Contracts;
        if (rows.TryGetValue(totals.ContractId, out var held) && held.Version >= totals.Version)
        {
            return;
        }

        rows[totals.ContractId] = totals;
        await state.WriteOrUndoAsync(() =>
        {
            if (held is null)
            {
                rows.Remove(totals.ContractId);
            }
            else
            {
                rows[totals.ContractId] = held;
            }
        });
    }

    public Task<FeeCityMonthView> GetAsync(string? district)
    {
        var rows = state.State.Contracts.Values
            .Where(r => district is null || string.Equals(r.District, district, StringComparison.Ordinal))
            .OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.ContractId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new FeeCityMonthView(MonthKey, district, rows, FeeRules.Sum(rows.ConvertAll(r => r.Totals))));
    }
}
