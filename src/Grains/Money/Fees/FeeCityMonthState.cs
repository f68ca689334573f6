namespace Anju.Money;

/// <summary>Persisted state of a month across the city (state name "fee-city-month"): each contract's newest totals.</summary>
[GenerateSerializer, Alias("Anju.Money.FeeCityMonthState")]
internal sealed class FeeCityMonthState
{
    [Id(0)] public Dictionary<string, FeeContractMonth> Contracts { get; set; } = new(StringComparer.Ordinal);
}
