namespace Anju.Money;

/// <summary>Persisted state of a contract month's bill (state name "fee-month"): the header as billed, each dwelling's
/// account, the payments recorded, and whether it is still open to payments.</summary>
[GenerateSerializer, Alias("Anju.Money.FeeMonthState")]
internal sealed class FeeMonthState
{
    /// <summary>The month as billed, without its lines and payments (they are <see cref="Accounts"/> and <see cref="Payments"/>).</summary>
    [Id(0)] public FeeMonthView? Header { get; set; }

    /// <summary>Each dwelling's account, in dwelling order.</summary>
    [Id(1)] public List<FeeAccount> Accounts { get; set; } = [];

    [Id(2)] public List<FeePayment> Payments { get; set; } = [];

    [Id(3)] public bool Open { get; set; }

    [Id(4)] public long Version { get; set; }
}
