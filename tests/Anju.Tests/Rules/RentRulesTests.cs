using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class RentRulesTests
{
    private static readonly RentArrearsOptions Options = new();

    private static RentCharge[] MonthlyRent(int months, decimal amount = 500m) =>
        [.. Enumerable.Range(0, months).Select(m => new RentCharge(new DateOnly(2026, 1, 5).AddMonths(m), amount))];

    [Fact]
    public void A_fully_paid_account_is_clear()
    {
        var position = RentRules.Assess(MonthlyRent(3), [new RentPayment(new DateOnly(2026, 3, 5), 1500m)], new DateOnly(2026, 3, 20), Options);
        Assert.Equal((0m, 0m, 0, RentArrearsStatus.Clear), (position.Arrears, position.Credit, position.MonthsInArrears, position.Status));
        Assert.Null(position.OldestUnpaidDueOn);
    }

    [Fact]
    public void A_just_missed_month_is_owing_but_not_yet_chased()
    {
        var position = RentRules.Assess(MonthlyRent(1), [], new DateOnly(2026, 1, 20), Options);
        Assert.Equal((500m, 0, RentArrearsStatus.Owing), (position.Arrears, position.MonthsInArrears, position.Status));
    }

    [Fact]
    public void Rent_a_month_overdue_is_chased()
    {
        var position = RentRules.Assess(MonthlyRent(2), [], new DateOnly(2026, 2, 5), Options);
        Assert.Equal((1000m, 1, RentArrearsStatus.Chasing), (position.Arrears, position.MonthsInArrears, position.Status));
    }

    [Fact]
    public void Rent_three_months_overdue_is_serious()
    {
        var position = RentRules.Assess(MonthlyRent(4), [], new DateOnly(2026, 4, 5), Options);
        Assert.Equal((2000m, 3, RentArrearsStatus.Serious), (position.Arrears, position.MonthsInArrears, position.Status));
    }

    [Fact]
    public void Payments_settle_the_oldest_charges_first()
    {
        var position = RentRules.Assess(MonthlyRent(4), [new RentPayment(new DateOnly(2026, 3, 1), 1200m)], new DateOnly(2026, 4, 10), Options);
        Assert.Equal(800m, position.Arrears);
        Assert.Equal(new DateOnly(2026, 3, 5), position.OldestUnpaidDueOn);
        Assert.Equal((1, RentArrearsStatus.Chasing), (position.MonthsInArrears, position.Status));
    }

    [Fact]
    public void Charges_given_out_of_order_are_settled_in_due_order()
    {
        var shuffled = MonthlyRent(4).Reverse().Append(new RentCharge(new DateOnly(2026, 9, 5), 500m)).ToList();

        var position = RentRules.Assess(shuffled, [new RentPayment(new DateOnly(2026, 3, 1), 1200m)], new DateOnly(2026, 4, 10), Options);

        Assert.Equal(800m, position.Arrears);
        Assert.Equal(new DateOnly(2026, 3, 5), position.OldestUnpaidDueOn);
    }

    [Fact]
    public void Future_charges_are_not_owed_and_paying_ahead_is_credit()
    {
        var position = RentRules.Assess(MonthlyRent(6), [new RentPayment(new DateOnly(2026, 1, 2), 1000m)], new DateOnly(2026, 1, 31), Options);
        Assert.Equal((0m, 500m, RentArrearsStatus.Clear), (position.Arrears, position.Credit, position.Status));
    }

    [Fact]
    public void The_thresholds_are_configurable()
    {
        var strict = new RentArrearsOptions { ChaseAfterMonths = 0, SeriousAfterMonths = 1 };
        Assert.Equal(RentArrearsStatus.Chasing, RentRules.Assess(MonthlyRent(1), [], new DateOnly(2026, 1, 6), strict).Status);
        Assert.Equal(RentArrearsStatus.Serious, RentRules.Assess(MonthlyRent(2), [], new DateOnly(2026, 2, 5), strict).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Zero_or_negative_amounts_are_refused(int amount)
    {
        Assert.Equal("amount", Assert.Throws<ValidationException>(() => RentRules.ValidateCharge(new RentCharge(new DateOnly(2026, 1, 5), amount))).Field);
        Assert.Equal("amount", Assert.Throws<ValidationException>(() =>
            RentRules.ValidatePayment(new RentPayment(new DateOnly(2026, 1, 5), amount), new DateOnly(2026, 1, 5))).Field);
    }

    [Fact]
    public void A_payment_dated_in_the_future_is_refused() =>
        Assert.Equal("paidOn", Assert.Throws<ValidationException>(() =>
            RentRules.ValidatePayment(new RentPayment(new DateOnly(2026, 1, 6), 500m), new DateOnly(2026, 1, 5))).Field);

    [Fact]
    public void One_charge_per_month_repeating_it_is_harmless_changing_it_is_a_conflict()
    {
        var charges = RentRules.AddCharge([], new RentCharge(new DateOnly(2026, 2, 5), 500m));
        charges = RentRules.AddCharge(charges, new RentCharge(new DateOnly(2026, 1, 5), 500m));
        Assert.Equal([new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 5)], charges.Select(c => c.DueOn));
        Assert.Same(charges, RentRules.AddCharge(charges, new RentCharge(new DateOnly(2026, 2, 5), 500m)));
        Assert.Throws<ConflictException>(() => RentRules.AddCharge(charges, new RentCharge(new DateOnly(2026, 2, 20), 600m)));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 0)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2026-01-05", "2026-04-04", 2)]
    [InlineData("2026-01-05", "2026-04-05", 3)]
    [InlineData("2026-01-05", "2026-01-01", 0)]
    public void Months_in_arrears_count_whole_calendar_months(string from, string to, int months) =>
        Assert.Equal(months, RentRules.WholeMonthsBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Walking an account from day to day with nothing recorded: its status never changes on a day
    /// <c>NextChange</c> did not name, and once that is null it never changes again.</summary>
    [Fact]
    public void The_position_changes_by_the_calendar_exactly_on_the_days_NextChange_names()
    {
        var charges = MonthlyRent(3); // due 5 January, 5 February, 5 March
        RentPayment[] payments = [new(new DateOnly(2026, 1, 3), 700m)]; // January and part of February
        var today = new DateOnly(2026, 1, 1);
        var position = RentRules.Assess(charges, payments, today, Options);
        var seen = new List<(DateOnly Day, RentArrearsStatus Status)>();
        for (var day = today.AddDays(1); day <= new DateOnly(2027, 1, 1); day = day.AddDays(1))
        {
            var next = RentRules.NextChange(charges, position, day.AddDays(-1), Options);
            var now = RentRules.Assess(charges, payments, day, Options);
            if (next == day)
            {
                seen.Add((day, now.Status));
            }
            else
            {
                Assert.True(next is null || next > day, $"NextChange named {next}, already past on {day}");
                Assert.Equal(position.Status, now.Status); // the status never changes on a day NextChange did not name
            }

            position = now;
        }

        Assert.Equal(
        [
            (new DateOnly(2026, 1, 5), RentArrearsStatus.Clear), // January falls due, paid (credit 200 → 0)
            (new DateOnly(2026, 2, 5), RentArrearsStatus.Owing), // February: 300 short
            (new DateOnly(2026, 3, 5), RentArrearsStatus.Chasing), // March falls due and February is a month old
            (new DateOnly(2026, 5, 5), RentArrearsStatus.Serious), // February three months old
        ], seen);
        Assert.Null(RentRules.NextChange(charges, position, new DateOnly(2027, 1, 1), Options));
    }
}
