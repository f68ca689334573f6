using Anju.Common;

namespace Anju.Money;

/// <summary>The rules of an estate's commercial units (經營性物業, §3.3), pure: leases that never overlap on a unit, the
/// month's rent (pro rata by days for a part month, rounded to the fen once per bill), rent received up to what is
/// outstanding, taxes and fees up to what was received, and the net income remitted to the treasury in full
/// (收支兩條線). Every total of a month is a sum of its lines.</summary>
internal static class CommercialRules
{
    /// <summary>A unit as registered: id, name, floor area (0 &lt; m² ≤ 1,000,000), use.</summary>
    public static CommercialUnit Unit(CommercialUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new CommercialUnit(Validate.Id("unitId", unit.UnitId), Validate.Text("name", unit.Name, 100),
            unit.FloorArea is > 0 and <= 1_000_000 && decimal.Round(unit.FloorArea, 2) == unit.FloorArea
                ? unit.FloorArea : throw new ValidationException("floorArea", "floorArea must be more than 0 and at most 1,000,000 m², two places at most."),
            Validate.Text("use", unit.Use, 50));
    }

    /// <summary>A lease as let: its unit registered, its term in order, a rent in yuan; never ended when let.</summary>
    public static CommercialLease Lease(CommercialLease lease, IEnumerable<CommercialUnit> units)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var unitId = Validate.Id("unitId", lease.UnitId);
        if (!units.Any(u => u.UnitId == unitId))
        {
            throw new ValidationException("unitId", $"Unit {unitId} is not registered.");
        }

        var (start, end) = (MoneyChecks.Day("start", lease.Start), MoneyChecks.Day("end", lease.End));
        return end < start
            ? throw new ValidationException("end", "end must not be before start.")
            : new CommercialLease(Validate.Id("leaseId", lease.LeaseId), unitId, Validate.Text("tenant", lease.Tenant, 100), start, end,
                MoneyChecks.Amount("monthlyRent", lease.MonthlyRent));
    }

    /// <summary>The last day a lease is in force (its end, or the day it was ended on).</summary>
    public static DateOnly LastDay(CommercialLease lease) => lease.EndedOn ?? lease.End;

    /// <summary>Whether two leases of the same unit share a day.</summary>
    public static bool Overlap(CommercialLease a, CommercialLease b) =>
        a.UnitId == b.UnitId && a.LeaseId != b.LeaseId && a.Start <= LastDay(b) && b.Start <= LastDay(a);

    /// <summary>Days of <paramref name="month"/> the lease is in force.</summary>
    public static int DaysInForce(CommercialLease lease, string month)
    {
        var first = MoneyChecks.FirstDay(month);
        var last = first.AddMonths(1).AddDays(-1);
        var (from, to) = (lease.Start > first ? lease.Start : first, LastDay(lease) < last ? LastDay(lease) : last);
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }

    /// <summary>A month's rent of a lease: the monthly rent for a whole month, else rent × days in force ÷ days of the
    /// month, rounded to the fen once.</summary>
    public static decimal Rent(CommercialLease lease, string month)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var days = DaysInForce(lease, month);
        var inMonth = DateTime.DaysInMonth(MoneyChecks.FirstDay(month).Year, MoneyChecks.FirstDay(month).Month);
        return days == inMonth ? lease.MonthlyRent : MoneyChecks.Fen(lease.MonthlyRent * days / inMonth);
    }

    /// <summary>The bills of a month: one per lease in force on at least one of its days.</summary>
    public static CommercialMonth Bill(string month, IEnumerable<CommercialLease> leases) =>
        Compose(month, [.. leases.Where(l => DaysInForce(l, month) > 0).OrderBy(l => l.LeaseId, StringComparer.Ordinal)
            .Select(l => new RentBill(l.LeaseId, month, Rent(l, month), 0m))], [], []);

    /// <summary>A month with its totals made from its lines: billed and received are sums of the bills, the taxes a sum of
    /// the tax lines, net income = received − taxes, remitted a sum of the remittances.</summary>
    public static CommercialMonth Compose(string month, IReadOnlyList<RentBill> bills, IReadOnlyList<CommercialPayment> taxes, IReadOnlyList<CommercialPayment> remittances)
    {
        var received = bills.Sum(b => b.Received);
        var taxed = taxes.Sum(t => t.Amount);
        return new CommercialMonth(month, bills.Sum(b => b.Billed), received, taxed, received - taxed, remittances.Sum(r => r.Amount), bills)
        {
            Taxes = taxes,
            Remittances = remittances,
            VoucherRef = remittances.Count > 0 ? remittances[^1].Reference : null,
            RemittedOn = remittances.Count > 0 ? remittances[^1].On : null,
        };
    }

    /// <summary>Rent received against a lease's bill of the month: at most what is outstanding.</summary>
    public static CommercialMonth Receive(CommercialMonth month, string leaseId, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(month);
        var bill = month.Bills.FirstOrDefault(b => b.LeaseId == leaseId)
            ?? throw new ValidationException("leaseId", $"Lease {leaseId} has no rent billed in {month.Month}.");
        return amount > bill.Outstanding
            ? throw new ValidationException("amount", $"amount must be at most the rent outstanding, {bill.Outstanding:0.00}.")
            : Compose(month.Month, [.. month.Bills.Select(b => b == bill ? b with { Received = b.Received + amount } : b)], month.Taxes, month.Remittances);
    }

    /// <summary>Taxes and fees deducted from the month's income: the month's taxes never exceed the rent received.</summary>
    public static CommercialMonth Tax(CommercialMonth month, CommercialPayment tax)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(tax);
        return month.TaxesAndFees + tax.Amount > month.Received
            ? throw new ValidationException("amount", $"amount must be at most the rent received less the taxes already deducted, {month.NetIncome:0.00}.")
            : Compose(month.Month, month.Bills, [.. month.Taxes, tax], month.Remittances);
    }

    /// <summary>A remittance to the treasury: the whole net income not yet remitted, nothing more and nothing less.</summary>
    public static CommercialMonth Remit(CommercialMonth month, CommercialPayment remittance)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(remittance);
        if (month.NotRemitted <= 0)
        {
            throw new ConflictException($"Nothing of {month.Month} is left to remit.");
        }

        return remittance.Amount != month.NotRemitted
            ? throw new ValidationException("amount", $"amount must be the net income not yet remitted, in full: {month.NotRemitted:0.00} (收支兩條線).")
            : Compose(month.Month, month.Bills, month.Taxes, [.. month.Remittances, remittance]);
    }

    /// <summary>An operator assessment as recorded: a period (a month, a quarter <c>2026-Q3</c> or a year), a score 0–100 with
    /// at most one place, notes; the assessor is the signed-in person.</summary>
    public static OperatorAssessment Assessment(OperatorAssessment assessment, string actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var period = Validate.Text("period", assessment.Period, 7);
        if (!System.Text.RegularExpressions.Regex.IsMatch(period, @"^(20\d\d|2100)(-(0[1-9]|1[0-2])|-Q[1-4])?$"))
        {
            throw new ValidationException("period", "period must be a year (2026), a quarter (2026-Q3) or a month (2026-07).");
        }

        return assessment.Score is < 0 or > 100 || decimal.Round(assessment.Score, 1) != assessment.Score
            ? throw new ValidationException("score", "score must be between 0 and 100, one decimal place at most.")
            : new OperatorAssessment(period, assessment.Score, actor, today, MoneyChecks.Optional("notes", assessment.Notes, 1000));
    }
}
