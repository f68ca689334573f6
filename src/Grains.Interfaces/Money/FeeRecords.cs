using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Money;

/// <summary>Who a fee line is billed to.</summary>
[GenerateSerializer]
public enum FeePayer
{
    /// <summary>The household living in the dwelling pays the full fee.</summary>
    Household,

    /// <summary>A 低保 or low-income household pays its configured share; the government pays the rest after it has paid.</summary>
    SubsidisedHousehold,

    /// <summary>Nobody lives there: the owner (the housing office, 產權單位) pays the full fee.</summary>
    Owner,
}

/// <summary>What the billing run needs to know about a dwelling, read from the dwelling itself.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeBasis")]
public sealed record FeeBasis(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] string GridId,
    [property: Id(2)] double FloorArea,
    [property: Id(3)] OccupancyState State,
    [property: Id(4)] TenureType Tenure,
    [property: Id(5)] bool HasHousehold,
    [property: Id(6)] SpecialGroups SpecialGroups);

/// <summary>One dwelling's line in a month: the fee, what the payer owes of it, the subsidy, arrears brought
/// forward (the payer's and the subsidy still withheld for them), what was paid, and what is outstanding.
/// Money in yuan, <c>decimal</c>, rounded to the fen once (docs/fees.md). <see cref="Payer"/> tells the company who
/// pays a share and which subsidy it claims; the special-group category (低保 or 低收入) is never in a line.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeLine")]
public sealed record FeeLine(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] decimal FloorArea,
    [property: Id(2)] FeePayer Payer,
    [property: Id(3)] decimal Fee,
    [property: Id(4)] decimal PayerShare,
    [property: Id(5)] decimal Subsidy,
    [property: Id(6)] decimal BroughtForward,
    [property: Id(7)] decimal SubsidyWithheldForward,
    [property: Id(8)] decimal Paid,
    [property: Id(9)] decimal SubsidyReleased,
    [property: Id(10)] decimal Outstanding,
    [property: Id(11)] decimal SubsidyWithheld)
{
    [Id(12)] public string? GridId { get; init; }
}

/// <summary>A month's totals: each the sum of its lines.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeTotals")]
public sealed record FeeTotals(
    [property: Id(0)] int Lines,
    [property: Id(1)] int Subsidised,
    [property: Id(2)] decimal Fee,
    [property: Id(3)] decimal PayerShare,
    [property: Id(4)] decimal SubsidyDue,
    [property: Id(5)] decimal BroughtForward,
    [property: Id(6)] decimal Paid,
    [property: Id(7)] decimal SubsidyReleased,
    [property: Id(8)] decimal Outstanding,
    [property: Id(9)] decimal SubsidyWithheld)
{
    /// <summary>Lines whose payer has paid everything owed (this month and brought forward).</summary>
    [Id(10)] public int PaidInFull { get; init; }
}

/// <summary>A household's payment of its fee, recorded by the company that collects it. <see cref="PaymentId"/>
/// makes a repeat harmless.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeePayment")]
public sealed record FeePayment(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] DateOnly PaidOn)
{
    [Id(4)] public string? RecordedBy { get; init; }

    [Id(5)] public DateTimeOffset? RecordedAt { get; init; }
}

/// <summary>A contract's month as billed: when and by whom it was run, the grade standard applied, the lines and totals.
/// <see cref="Open"/> while payments are recorded against it (until the next month is billed).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeMonthView")]
public sealed record FeeMonthView(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string Month,
    [property: Id(2)] int ServiceGrade,
    [property: Id(3)] decimal FeePerSquareMetre,
    [property: Id(4)] FeeTotals Totals,
    [property: Id(5)] IReadOnlyList<FeeLine> Lines,
    [property: Id(6)] bool Open,
    [property: Id(7)] DateTimeOffset BilledAt,
    [property: Id(8)] string BilledBy,
    [property: Id(9)] long Version)
{
    [Id(10)] public string? EstateId { get; init; }

    [Id(11)] public string? CompanyName { get; init; }

    [Id(12)] public IReadOnlyList<FeePayment> Payments { get; init; } = [];
}

/// <summary>A contract's billing at a glance: every month billed (oldest first) with its totals, and the open month.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeLedgerView")]
public sealed record FeeLedgerView(
    [property: Id(0)] string ContractId,
    [property: Id(1)] IReadOnlyList<FeeMonthTotals> Months,
    [property: Id(2)] string? OpenMonth);

[GenerateSerializer, Immutable, Alias("Anju.Money.FeeMonthTotals")]
public sealed record FeeMonthTotals(
    [property: Id(0)] string Month,
    [property: Id(1)] FeeTotals Totals,
    [property: Id(2)] DateTimeOffset BilledAt);

/// <summary>A month whose payer share is not yet paid in full: what is still owed of it and the subsidy withheld until
/// it is (§6.2: the government pays the difference after the household has paid).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeArrear")]
public sealed record FeeArrear(
    [property: Id(0)] string Month,
    [property: Id(1)] decimal Due,
    [property: Id(2)] decimal SubsidyWithheld);

/// <summary>A dwelling's account in a month: its line and the months it still owes, oldest first (the month itself
/// included while unpaid). A payment settles the oldest first; a month's subsidy is released once its share is paid.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeAccount")]
public sealed record FeeAccount(
    [property: Id(0)] FeeLine Line,
    [property: Id(1)] IReadOnlyList<FeeArrear> Arrears);

/// <summary>One contract's month as the city sees it: where it is, who serves, and the month's totals.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeContractMonth")]
public sealed record FeeContractMonth(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string EstateId,
    [property: Id(2)] string District,
    [property: Id(3)] string CompanyName,
    [property: Id(4)] string Month,
    [property: Id(5)] FeeTotals Totals,
    [property: Id(6)] long Version)
{
    [Id(7)] public string? ZoneId { get; init; }

    [Id(8)] public bool Open { get; init; }
}

/// <summary>A month across the city (or one district): each contract's totals and their sums (subsidy due, released,
/// withheld, outstanding) for the housing office.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.FeeCityMonthView")]
public sealed record FeeCityMonthView(
    [property: Id(0)] string Month,
    [property: Id(1)] string? District,
    [property: Id(2)] IReadOnlyList<FeeContractMonth> Contracts,
    [property: Id(3)] FeeTotals Totals);
