namespace Anju.Money;

/// <summary>Persisted state of an estate's commercial units (state name "commercial"): the operator, units, leases, the
/// months billed (each with its bills, taxes and remittances), the rent receipts taken, the operator's assessments.</summary>
[GenerateSerializer, Alias("Anju.Money.CommercialState")]
internal sealed class CommercialState
{
    [Id(0)] public string? Operator { get; set; }

    [Id(1)] public List<CommercialUnit> Units { get; set; } = [];

    [Id(2)] public List<CommercialLease> Leases { get; set; } = [];

    [Id(3)] public List<CommercialMonth> Months { get; set; } = [];

    [Id(4)] public List<RentReceipt> Receipts { get; set; } = [];

    [Id(5)] public List<OperatorAssessment> Assessments { get; set; } = [];

    [Id(6)] public long Version { get; set; }
}

/// <summary>Rent received: its receipt id (a repeat is harmless), the lease and month it pays, the amount.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.RentReceipt")]
internal sealed record RentReceipt(
    [property: Id(0)] string ReceiptId,
    [property: Id(1)] string LeaseId,
    [property: Id(2)] string Month,
    [property: Id(3)] decimal Amount);
