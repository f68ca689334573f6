namespace Anju.Money;

/// <summary>Persisted state of a contract's fee ledger (state name "fee-ledger"): the months billed with their totals
/// (oldest first), the open month, and where the contract serves (for the city's month view).</summary>
[GenerateSerializer, Alias("Anju.Money.FeeLedgerState")]
internal sealed class FeeLedgerState
{
    [Id(0)] public List<FeeMonthTotals> Months { get; set; } = [];

    [Id(1)] public string? OpenMonth { get; set; }

    [Id(2)] public string EstateId { get; set; } = "";

    [Id(3)] public string? ZoneId { get; set; }

    [Id(4)] public string District { get; set; } = "";

    [Id(5)] public string CompanyName { get; set; } = "";

    /// <summary>Goes up with every change; the city's month view keeps the newest report of each contract.</summary>
    [Id(6)] public long Version { get; set; }
}
