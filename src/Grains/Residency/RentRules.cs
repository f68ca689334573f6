using Anju.Common;

namespace Anju.Residency;

/// <summary>A household's rent account (租金) as a pure ledger: monthly charges, payments that settle
/// the oldest charges first, and how far behind the household is on a given day.</summary>
internal static class RentRules
{
    /// <summary>Validates a charge: an amount in fen, more than 0 and at most <see cref="Validate.MaxAmount"/>, due on a day
    /// between 2000 and 2100.</summary>
    public static RentCharge ValidateCharge(RentCharge charge)
    {
        if (charge is null)
        {
            throw new ValidationException("body", "A charge is required.");
        }

        Validate.Amount("amount", charge.Amount);
        Validate.Day("dueOn", charge.DueOn);
        return charge;
    }

    /// <summary>Validates a payment received by <paramref name="today"/>: an amount as for a charge, dated from 2000 and
    /// not in the future.</summary>
    public static RentPayment ValidatePayment(RentPayment payment, DateOnly today)
    {
        if (payment is null)
        {
            throw new ValidationException("body", "A payment is required.");
        }

        Validate.Amount("amount", payment.Amount);
        Validate.Day("paidOn", payment.PaidOn);
        return payment.PaidOn <= today
            ? payment
            : throw new ValidationException("paidOn", "A payment cannot be dated in the future.");
    }

    /// <summary>Adds a month's charge, returning the charges in due order. Repeating an identical charge
    /// changes nothing; a different charge for a month already charged is a <see cref="ConflictException"/>.</summary>
    public static IReadOnlyList<RentCharge> AddCharge(IReadOnlyList<RentCharge> charges, RentCharge charge)
    {
        ValidateCharge(charge);
        var sameMonth = charges.FirstOrDefault(c => c.DueOn.Year == charge.DueOn.Year && c.DueOn.Month == charge.DueOn.Month);
        if (sameMonth == charge)
        {
            return charges;
        }

        if (sameMonth is not null)
        {
            throw new ConflictException($"Rent for {charge.DueOn:yyyy-MM} is already charged ({sameMonth.Amount}).");
        }

        return [.. charges.Append(charge).OrderBy(c => c.DueOn)];
    }

    /// <summary>The account as of <paramref name="today"/>: charges due and payments made by then
    /// count; payments settle the oldest charges first; months in arrears are whole months since the
    /// oldest charge not fully settled fell due.</summary>
    public static RentPosition Assess(IEnumerable<RentCharge> charges, IEnumerable<RentPayment> payments, DateOnly today, RentArrearsOptions options)
    {
        // Plain loops: every dwelling change assesses its ledger for the grid, so iterators' allocations add up on the
        // high-rate path. Ledgers are kept in due order; any other order is sorted.
        var paid = 0m;
        foreach (var payment in payments)
        {
            if (payment.PaidOn <= today)
            {
                paid += payment.Amount;
            }
        }

        List<RentCharge>? due = null;
        var charged = 0m;
        var inOrder = true;
        foreach (var charge in charges)
        {
            if (charge.DueOn <= today)
            {
                inOrder &= due is not { Count: > 0 } || due[^1].DueOn <= charge.DueOn;
                (due ??= []).Add(charge);
                charged += charge.Amount;
            }
        }

        if (!inOrder)
        {
            due!.Sort((a, b) => a.DueOn.CompareTo(b.DueOn));
        }

        var arrears = Math.Max(0m, charged - paid);
        var credit = Math.Max(0m, paid - charged);

        var left = paid;
        DateOnly? oldestUnpaid = null;
        foreach (var charge in due ?? [])
        {
            if (left < charge.Amount)
            {
                oldestUnpaid = charge.DueOn;
                break;
            }

            left -= charge.Amount;
        }

        var months = oldestUnpaid is { } since ? WholeMonthsBetween(since, today) : 0;
        return new RentPosition(arrears, credit, months, oldestUnpaid, StatusFor(arrears, months, options));
    }

    /// <summary>
    /// The first day after <paramref name="today"/> on which the account's status can change with nothing recorded:
    /// a charge falls due, or the oldest unpaid charge turns old enough to be chased or to be serious. Null when the
    /// calendar alone can change nothing (no charge ahead, and arrears are serious or there are none). Payments never
    /// arrive by themselves, so they only matter through <paramref name="position"/>.
    /// </summary>
    public static DateOnly? NextChange(IEnumerable<RentCharge> charges, RentPosition position, DateOnly today, RentArrearsOptions options)
    {
        ArgumentNullException.ThrowIfNull(charges);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(options);
        DateOnly? next = null;
        foreach (var charge in charges)
        {
            if (charge.DueOn > today && (next is null || charge.DueOn < next))
            {
                next = charge.DueOn;
            }
        }

        if (position.OldestUnpaidDueOn is { } since)
        {
            foreach (var months in (ReadOnlySpan<int>)[options.ChaseAfterMonths, options.SeriousAfterMonths])
            {
                var from = since.AddMonths(months);
                if (from > today && (next is null || from < next))
                {
                    next = from;
                }
            }
        }

        return next;
    }

    /// <summary>Clear when nothing is owed; otherwise Serious, Chasing or Owing by months in arrears.</summary>
    public static RentArrearsStatus StatusFor(decimal arrears, int monthsInArrears, RentArrearsOptions options) =>
        arrears <= 0m ? RentArrearsStatus.Clear
        : monthsInArrears >= options.SeriousAfterMonths ? RentArrearsStatus.Serious
        : monthsInArrears >= options.ChaseAfterMonths ? RentArrearsStatus.Chasing
        : RentArrearsStatus.Owing;

    /// <summary>The largest m with <paramref name="from"/> + m months ≤ <paramref name="to"/> (0 if none).</summary>
    internal static int WholeMonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && from.AddMonths(months) > to)
        {
            months--;
        }

        return Math.Max(0, months);
    }
}
