namespace Anju.Money;

/// <summary>A commercial unit (經營性物業, §3.3) of an estate: a shop, a market stall, a parking block.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CommercialUnit")]
public sealed record CommercialUnit(
    [property: Id(0)] string UnitId,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal FloorArea,
    [property: Id(3)] string Use);

/// <summary>A lease of a unit: tenant, term (both days included) and monthly rent in yuan. A unit has at most one
/// lease in force on any day.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CommercialLease")]
public sealed record CommercialLease(
    [property: Id(0)] string LeaseId,
    [property: Id(1)] string UnitId,
    [property: Id(2)] string Tenant,
    [property: Id(3)] DateOnly Start,
    [property: Id(4)] DateOnly End,
    [property: Id(5)] decimal MonthlyRent)
{
    /// <summary>Ended early on this day (inclusive), if it was.</summary>
    [Id(6)] public DateOnly? EndedOn { get; init; }
}

/// <summary>A month's rent of a lease: billed, received, outstanding.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.RentBill")]
public sealed record RentBill(
    [property: Id(0)] string LeaseId,
    [property: Id(1)] string Month,
    [property: Id(2)] decimal Billed,
    [property: Id(3)] decimal Received)
{
    public decimal Outstanding => Billed - Received;
}

/// <summary>A month of the estate's commercial units: rent billed and received, the operator's costs and taxes
/// deducted, the net income, and its remittance to the treasury (收支兩條線: in full).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CommercialMonth")]
public sealed record CommercialMonth(
    [property: Id(0)] string Month,
    [property: Id(1)] decimal Billed,
    [property: Id(2)] decimal Received,
    [property: Id(3)] decimal TaxesAndFees,
    [property: Id(4)] decimal NetIncome,
    [property: Id(5)] decimal Remitted,
    [property: Id(6)] IReadOnlyList<RentBill> Bills)
{
    /// <summary>The remittance voucher (繳款書) reference and day, once remitted.</summary>
    [Id(7)] public string? VoucherRef { get; init; }

    [Id(8)] public DateOnly? RemittedOn { get; init; }

    /// <summary>Every remittance of the month (rent received after a remittance is remitted again, in full).</summary>
    [Id(9)] public IReadOnlyList<CommercialPayment> Remittances { get; init; } = [];

    /// <summary>The taxes and fees deducted, each with its reference (a tax receipt).</summary>
    [Id(10)] public IReadOnlyList<CommercialPayment> Taxes { get; init; } = [];

    public decimal NotRemitted => NetIncome - Remitted;
}

/// <summary>A sum paid with its reference (a remittance voucher 繳款書 or a tax receipt), and the day for a remittance.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CommercialPayment")]
public sealed record CommercialPayment(
    [property: Id(0)] string Reference,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] DateOnly? On);

/// <summary>The operator's performance assessment (績效考核) for a period: score 0–100, assessor, notes.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.OperatorAssessment")]
public sealed record OperatorAssessment(
    [property: Id(0)] string Period,
    [property: Id(1)] decimal Score,
    [property: Id(2)] string Assessor,
    [property: Id(3)] DateOnly AssessedOn,
    [property: Id(4)] string Notes);

/// <summary>An estate's commercial units as the housing office sees them: units, leases, occupancy, the months, assessments.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CommercialView")]
public sealed record CommercialView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string? Operator,
    [property: Id(2)] IReadOnlyList<CommercialUnit> Units,
    [property: Id(3)] IReadOnlyList<CommercialLease> Leases,
    [property: Id(4)] IReadOnlyList<CommercialMonth> Months,
    [property: Id(5)] IReadOnlyList<OperatorAssessment> Assessments,
    [property: Id(6)] long Version);

/// <summary>An estate's commercial units (經營性物業, §3.3): professional operation by a named operator, leases, rent
/// billed monthly (idempotent per month) and received, the operator's assessment, and the net income remitted to the
/// treasury in full with a monthly remittance record. Key: <see cref="Keys.Commercial"/>.</summary>
[Alias("Anju.Money.ICommercialGrain")]
public interface ICommercialGrain : IGrainWithStringKey
{
    Task<CommercialView> SetOperatorAsync(string @operator, string actor);

    /// <summary>Registers a unit (the same unit again: harmless).</summary>
    Task<CommercialView> RegisterUnitAsync(CommercialUnit unit, string actor);

    /// <summary>Lets a unit; overlapping an existing lease of the unit is a <see cref="ConflictException"/>.</summary>
    Task<CommercialView> LetAsync(CommercialLease lease, string actor);

    /// <summary>Ends a lease early on a day.</summary>
    Task<CommercialView> EndLeaseAsync(string leaseId, DateOnly endedOn, string actor);

    /// <summary>Bills a month's rent for every lease in force in it (pro rata for part months). Re-running changes nothing.</summary>
    Task<CommercialMonth> BillMonthAsync(string month, string actor);

    /// <summary>Records rent received against a lease's month; <paramref name="receiptId"/> makes a repeat harmless.</summary>
    Task<CommercialMonth> ReceiveRentAsync(string leaseId, string month, decimal amount, string receiptId, string actor);

    /// <summary>Records the taxes and fees deducted from a month's income (收支兩條線: only these may be deducted).</summary>
    Task<CommercialMonth> RecordTaxesAsync(string month, decimal amount, string reference, string actor);

    /// <summary>Records the remittance of a month's net income to the treasury: the amount must equal the net income
    /// not yet remitted (in full), with the voucher reference. A repeat with the same voucher is harmless.</summary>
    Task<CommercialMonth> RemitAsync(string month, decimal amount, string voucherRef, DateOnly remittedOn, string actor);

    Task<CommercialView> AssessOperatorAsync(OperatorAssessment assessment, string actor);

    [ReadOnly]
    Task<CommercialView> GetAsync();
}
