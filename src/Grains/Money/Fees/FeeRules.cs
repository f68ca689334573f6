using System.Globalization;
using Anju.Common;
using Anju.Contracts;
using Anju.Residency;

namespace Anju.Money;

/// <summary>
/// The fee and subsidy rules (§6.2), pure. Money is <c>decimal</c> yuan, rounded to the fen (two places, half away
/// from zero) at exactly two places: a line's fee (area × the grade's standard) and the payer's share of it (fee ×
/// share); the subsidy is the fee less the share (no second rounding), and every total is a sum of lines.
/// Payments settle a dwelling's oldest month first; a month's subsidy is released only once that month's share is
/// paid in full. Who pays is read from the dwelling when the month is run and holds for the whole month.
/// </summary>
public static class FeeRules
{
    public static string Next(string month) => MoneyChecks.FirstDay(month).AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>True when some day of the month lies inside the term (both ends included).</summary>
    public static bool InTerm(string month, ContractTerm term)
    {
        var first = MoneyChecks.FirstDay(month);
        return first <= term.End && first.AddMonths(1).AddDays(-1) >= term.Start;
    }

    /// <summary>Only an active or suspended contract is billed (a suspended one still serves, §6.1).</summary>
    public static bool Billable(ContractStatus status) => status is ContractStatus.Active or ContractStatus.Suspended;

    /// <summary>Who pays a dwelling's fee and what share of it, as the dwelling stands now; null when nobody is billed
    /// (a vacant dwelling when vacant dwellings are not billed to the owner). A household in both 低保 and low-income
    /// groups pays the lower share.</summary>
    public static (FeePayer Payer, decimal Share)? PayerOf(FeeBasis basis, FeeOptions options)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(options);
        if (!basis.HasHousehold)
        {
            return options.BillVacantToOwner ? (FeePayer.Owner, 1m) : null;
        }

        var shares = new List<decimal>();
        if (basis.SpecialGroups.HasFlag(SpecialGroups.MinimumLivingAllowance))
        {
            shares.Add(options.MinimumLivingAllowanceShare);
        }

        if (basis.SpecialGroups.HasFlag(SpecialGroups.LowIncome))
        {
            shares.Add(options.LowIncomeShare);
        }

        return shares.Count == 0 ? (FeePayer.Household, 1m) : (FeePayer.SubsidisedHousehold, shares.Min());
    }

    /// <summary>A dwelling's account for <paramref name="month"/>: this month's line (when the dwelling is billed) on
    /// top of what <paramref name="previous"/> still owes. Null when there is neither a line nor anything owed.</summary>
    public static FeeAccount? Bill(string month, FeeBasis? basis, FeeAccount? previous, decimal standard, FeeOptions options)
    {
        var owed = previous?.Arrears ?? [];
        var broughtForward = owed.Sum(a => a.Due);
        var withheldForward = owed.Sum(a => a.SubsidyWithheld);
        var payer = basis is null ? null : PayerOf(basis, options);
        if (payer is not var (who, share))
        {
            return owed.Count == 0 ? null : new FeeAccount(
                new FeeLine(previous!.Line.DwellingId, 0m, previous.Line.Payer, 0m, 0m, 0m, broughtForward, withheldForward, 0m, 0m, broughtForward, withheldForward)
                { GridId = basis?.GridId ?? previous.Line.GridId }, owed);
        }

        var area = MoneyChecks.Fen((decimal)basis!.FloorArea);
        var fee = MoneyChecks.Fen(area * standard);
        var payerShare = MoneyChecks.Fen(fee * share);
        var subsidy = fee - payerShare;

        // A share of nothing is paid in full the day it is billed: its subsidy is released at once.
        var releasedNow = payerShare == 0m ? subsidy : 0m;
        IReadOnlyList<FeeArrear> arrears = payerShare == 0m ? owed : [.. owed, new FeeArrear(month, payerShare, subsidy)];
        return new FeeAccount(
            new FeeLine(basis.DwellingId, area, who, fee, payerShare, subsidy, broughtForward, withheldForward, 0m, releasedNow,
                broughtForward + payerShare, withheldForward + subsidy - releasedNow) { GridId = basis.GridId },
            arrears);
    }

    /// <summary>Every account of a month: each dwelling billed now, and each that still owes from the previous month
    /// though it is no longer billed (a line of its arrears alone), in dwelling order.</summary>
    public static IReadOnlyList<FeeAccount> BillAll(string month, IEnumerable<FeeBasis> bases, IEnumerable<FeeAccount> previous, decimal standard, FeeOptions options)
    {
        var before = previous.ToDictionary(a => a.Line.DwellingId, StringComparer.Ordinal);
        var now = bases.GroupBy(b => b.DwellingId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return now.Keys.Union(before.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => Bill(month, now.GetValueOrDefault(id), before.GetValueOrDefault(id), standard, options))
            .OfType<FeeAccount>()
            .ToList();
    }

    /// <summary>Applies a payment: the oldest month owed first, then the next; each month paid in full releases its
    /// withheld subsidy (a partly paid month releases nothing). More than is owed is refused (naming <c>amount</c>).</summary>
    public static FeeAccount Apply(FeeAccount account, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(account);
        var line = account.Line;
        if (amount > line.Outstanding)
        {
            throw new ValidationException("amount", $"amount {amount} is more than the {line.Outstanding} outstanding for dwelling {line.DwellingId}.");
        }

        var (left, released) = (amount, 0m);
        var stillOwed = new List<FeeArrear>();
        foreach (var arrear in account.Arrears.OrderBy(a => a.Month, StringComparer.Ordinal))
        {
            var paid = Math.Min(left, arrear.Due);
            left -= paid;
            if (arrear.Due - paid == 0m)
            {
                released += arrear.SubsidyWithheld;
            }
            else
            {
                stillOwed.Add(arrear with { Due = arrear.Due - paid });
            }
        }

        return new FeeAccount(
            line with
            {
                Paid = line.Paid + amount,
                SubsidyReleased = line.SubsidyReleased + released,
                Outstanding = line.Outstanding - amount,
                SubsidyWithheld = line.SubsidyWithheld - released,
            },
            stillOwed);
    }

    /// <summary>A month's totals: each the sum of its lines.</summary>
    public static FeeTotals Totals(IReadOnlyCollection<FeeLine> lines) => new(
        lines.Count,
        lines.Count(l => l.Payer == FeePayer.SubsidisedHousehold),
        lines.Sum(l => l.Fee),
        lines.Sum(l => l.PayerShare),
        lines.Sum(l => l.Subsidy),
        lines.Sum(l => l.BroughtForward),
        lines.Sum(l => l.Paid),
        lines.Sum(l => l.SubsidyReleased),
        lines.Sum(l => l.Outstanding),
        lines.Sum(l => l.SubsidyWithheld)) { PaidInFull = lines.Count(l => l.Outstanding == 0m) };

    /// <summary>The sum of several months' or contracts' totals.</summary>
    public static FeeTotals Sum(IReadOnlyCollection<FeeTotals> totals) => new(
        totals.Sum(t => t.Lines),
        totals.Sum(t => t.Subsidised),
        totals.Sum(t => t.Fee),
        totals.Sum(t => t.PayerShare),
        totals.Sum(t => t.SubsidyDue),
        totals.Sum(t => t.BroughtForward),
        totals.Sum(t => t.Paid),
        totals.Sum(t => t.SubsidyReleased),
        totals.Sum(t => t.Outstanding),
        totals.Sum(t => t.SubsidyWithheld)) { PaidInFull = totals.Sum(t => t.PaidInFull) };

    /// <summary>A payment as it may be recorded: an id, a dwelling, an amount and a day checked as every command's are
    /// (<see cref="Validate.Amount"/>, <see cref="Validate.Day"/>). Each failure names its field.</summary>
    public static FeePayment Payment(FeePayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var id = Validate.CommandId("paymentId", payment.PaymentId) ?? throw new ValidationException("paymentId", "paymentId is required.");
        var dwelling = Validate.Id("dwellingId", payment.DwellingId);
        var amount = Validate.Amount("amount", payment.Amount);
        var paidOn = Validate.Day("paidOn", payment.PaidOn);
        return new FeePayment(id, dwelling, amount, paidOn) { RecordedBy = payment.RecordedBy, RecordedAt = payment.RecordedAt };
    }

    /// <summary>Whether two payments under one id say the same thing (who recorded it and when do not count).</summary>
    public static bool Same(FeePayment a, FeePayment b) =>
        a.PaymentId == b.PaymentId && a.DwellingId == b.DwellingId && a.Amount == b.Amount && a.PaidOn == b.PaidOn;
}
