using Anju.Contracts;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Money;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class FeeRulesTests
{
    private static readonly FeeOptions Options = new() { MinimumLivingAllowanceShare = 0.5m, LowIncomeShare = 0.7m };

    private static FeeBasis Basis(string id, double area, SpecialGroups groups = SpecialGroups.None, bool household = true) =>
        new(id, "G1", area, household ? OccupancyState.Occupied : OccupancyState.Vacant, TenureType.PublicRental, household, groups);

    private static FeeAccount Bill(string month, FeeBasis basis, FeeAccount? previous = null, decimal standard = 1.20m) =>
        FeeRules.Bill(month, basis, previous, standard, Options)!;

    private static void Balanced(FeeLine l)
    {
        Assert.Equal(l.Outstanding, l.BroughtForward + l.PayerShare - l.Paid);
        Assert.Equal(l.SubsidyWithheld, l.SubsidyWithheldForward + l.Subsidy - l.SubsidyReleased);
        Assert.Equal(l.Fee, l.PayerShare + l.Subsidy);
    }

    [Fact]
    public void An_awkward_area_is_rounded_once_for_the_fee_and_once_for_the_share_and_the_subsidy_is_the_difference()
    {
        // 57.33 m² × 1.20 = 68.796 → 68.80; × 0.5 = 34.40; subsidy 34.40. At 0.7: 48.16 (48.160), subsidy 20.64.
        var poor = Bill("2026-11", Basis("D1", 57.33, SpecialGroups.MinimumLivingAllowance)).Line;
        Assert.Equal((57.33m, 68.80m, 34.40m, 34.40m), (poor.FloorArea, poor.Fee, poor.PayerShare, poor.Subsidy));
        var low = Bill("2026-11", Basis("D2", 57.33, SpecialGroups.LowIncome)).Line;
        Assert.Equal((68.80m, 48.16m, 20.64m), (low.Fee, low.PayerShare, low.Subsidy));

        // 33.33 × 1.60 = 53.328 → 53.33; × 0.7 = 37.331 → 37.33; subsidy 16.00 (not a second rounding of 53.33 × 0.3 = 15.999).
        var odd = Bill("2026-11", Basis("D3", 33.33, SpecialGroups.LowIncome), standard: 1.60m).Line;
        Assert.Equal((53.33m, 37.33m, 16.00m), (odd.Fee, odd.PayerShare, odd.Subsidy));
        Balanced(poor);
        Balanced(low);
        Balanced(odd);
    }

    [Fact]
    public void A_household_in_both_groups_pays_the_lower_share_and_the_category_is_not_in_the_line()
    {
        var both = Bill("2026-11", Basis("D1", 60, SpecialGroups.MinimumLivingAllowance | SpecialGroups.LowIncome | SpecialGroups.Disability)).Line;
        Assert.Equal((FeePayer.SubsidisedHousehold, 72.00m, 36.00m), (both.Payer, both.Fee, both.PayerShare));
        var disabledOnly = Bill("2026-11", Basis("D2", 60, SpecialGroups.Disability)).Line;
        Assert.Equal((FeePayer.Household, 72.00m, 0m), (disabledOnly.Payer, disabledOnly.PayerShare, disabledOnly.Subsidy));
    }

    [Fact]
    public void A_vacant_dwelling_is_billed_to_the_owner_unless_configured_otherwise()
    {
        var vacant = Basis("D1", 50, household: false);
        Assert.Equal((FeePayer.Owner, 60.00m, 60.00m), (Bill("2026-11", vacant).Line.Payer, Bill("2026-11", vacant).Line.Fee, Bill("2026-11", vacant).Line.PayerShare));
        Assert.Null(FeeRules.Bill("2026-11", vacant, null, 1.20m, new FeeOptions { BillVacantToOwner = false }));
    }

    [Fact]
    public void A_partly_paid_month_releases_nothing_and_full_payment_releases_its_subsidy()
    {
        var account = Bill("2026-11", Basis("D1", 60, SpecialGroups.MinimumLivingAllowance));  // fee 72, share 36, subsidy 36
        var part = FeeRules.Apply(account, 20m);
        Assert.Equal((20m, 0m, 16m, 36m), (part.Line.Paid, part.Line.SubsidyReleased, part.Line.Outstanding, part.Line.SubsidyWithheld));
        var full = FeeRules.Apply(part, 16m);
        Assert.Equal((36m, 36m, 0m, 0m), (full.Line.Paid, full.Line.SubsidyReleased, full.Line.Outstanding, full.Line.SubsidyWithheld));
        Assert.Empty(full.Arrears);
        Balanced(part.Line);
        Balanced(full.Line);
        Assert.Equal("amount", Assert.Throws<ValidationException>(() => FeeRules.Apply(full, 0.01m)).Field);
    }

    [Fact]
    public void Payment_settles_the_oldest_month_first_and_releases_each_month_as_it_is_paid_in_full()
    {
        var november = FeeRules.Apply(Bill("2026-11", Basis("D1", 60, SpecialGroups.MinimumLivingAllowance)), 10m); // owes 26, withheld 36
        var december = Bill("2026-12", Basis("D1", 60, SpecialGroups.MinimumLivingAllowance), november);
        Assert.Equal((26m, 36m, 62m, 72m), (december.Line.BroughtForward, december.Line.SubsidyWithheldForward, december.Line.Outstanding, december.Line.SubsidyWithheld));

        // 30 pays November's 26 (releasing its 36) and 4 of December's 36 (releasing nothing).
        var paid = FeeRules.Apply(december, 30m);
        Assert.Equal((36m, 32m, 36m), (paid.Line.SubsidyReleased, paid.Line.Outstanding, paid.Line.SubsidyWithheld));
        Assert.Equal([new FeeArrear("2026-12", 32m, 36m)], paid.Arrears);
        Balanced(paid.Line);
    }

    [Fact]
    public void Who_pays_is_read_when_the_month_is_run_and_a_change_counts_from_the_next_month()
    {
        // Billed as an ordinary household in November; the household is found to be 低保 on 15 November: November stays
        // as billed (the whole month at the full fee), December is billed at the share.
        var november = Bill("2026-11", Basis("D1", 60));
        Assert.Equal((FeePayer.Household, 72m), (november.Line.Payer, november.Line.PayerShare));
        var december = Bill("2026-12", Basis("D1", 60, SpecialGroups.MinimumLivingAllowance), november);
        Assert.Equal((FeePayer.SubsidisedHousehold, 36m, 72m), (december.Line.Payer, december.Line.PayerShare, december.Line.BroughtForward));
        Assert.Equal([new FeeArrear("2026-11", 72m, 0m), new FeeArrear("2026-12", 36m, 36m)], december.Arrears);
    }

    [Fact]
    public void A_dwelling_no_longer_billed_keeps_a_line_of_its_arrears()
    {
        var november = Bill("2026-11", Basis("D1", 60, SpecialGroups.LowIncome));
        var accounts = FeeRules.BillAll("2026-12", [Basis("D2", 40)], [november], 1.20m, Options);
        Assert.Equal(["D1", "D2"], accounts.Select(a => a.Line.DwellingId));
        var carried = accounts[0].Line;
        Assert.Equal((0m, 50.40m, 50.40m, 21.60m), (carried.Fee, carried.BroughtForward, carried.Outstanding, carried.SubsidyWithheld));
        Balanced(carried);
    }

    [Fact]
    public void Totals_are_the_sums_of_the_lines()
    {
        var areas = new[] { 57.33, 33.33, 88.88, 45.05, 61.17, 72.5, 49.99 };
        var groups = new[] { SpecialGroups.None, SpecialGroups.MinimumLivingAllowance, SpecialGroups.LowIncome };
        // D1 and D4 are 低保, D2 low-income, D5 low-income but vacant (billed to the owner): three subsidised lines.
        var bases = areas.Select((a, i) => Basis($"D{i}", a, groups[i % 3], household: i != 5)).ToList();
        var accounts = FeeRules.BillAll("2026-11", bases, [], 1.60m, Options).Select((a, i) => i % 2 == 0 ? FeeRules.Apply(a, a.Line.Outstanding) : a).ToList();
        var lines = accounts.ConvertAll(a => a.Line);
        var totals = FeeRules.Totals(lines);

        Assert.Equal(lines.Sum(l => l.Fee), totals.Fee);
        Assert.Equal(lines.Sum(l => l.Subsidy), totals.SubsidyDue);
        Assert.Equal(lines.Sum(l => l.SubsidyReleased), totals.SubsidyReleased);
        Assert.Equal(lines.Sum(l => l.Outstanding), totals.Outstanding);
        Assert.Equal(totals.Fee, totals.PayerShare + totals.SubsidyDue);
        Assert.Equal(totals.SubsidyDue, totals.SubsidyReleased + totals.SubsidyWithheld);
        Assert.Equal((7, 3, 4), (totals.Lines, totals.Subsidised, totals.PaidInFull));
        Assert.All(lines, l => Assert.Equal(decimal.Round(l.Fee, 2), l.Fee));
        Assert.Equal(FeeRules.Sum([totals, totals]).Fee, totals.Fee * 2);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("1999-12")]
    [InlineData("2101-01")]
    [InlineData("26-11-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Months_that_are_not_yyyy_MM_between_2000_and_2100_are_refused(string? month) =>
        Assert.Equal("month", Assert.Throws<ValidationException>(() => MoneyChecks.Month("month", month)).Field);

    [Fact]
    public void A_month_is_in_a_term_when_any_of_its_days_is()
    {
        var term = new ContractTerm(new DateOnly(2026, 3, 20), new DateOnly(2027, 3, 5));
        Assert.True(FeeRules.InTerm("2026-03", term));
        Assert.True(FeeRules.InTerm("2027-03", term));
        Assert.False(FeeRules.InTerm("2026-02", term));
        Assert.False(FeeRules.InTerm("2027-04", term));
        Assert.Equal("2027-01", FeeRules.Next("2026-12"));
    }

    [Theory]
    [InlineData("", "D1", 10, 2026, "paymentId")]
    [InlineData("P1", "", 10, 2026, "dwellingId")]
    [InlineData("P1", "D1", 0, 2026, "amount")]
    [InlineData("P1", "D1", -5, 2026, "amount")]
    [InlineData("P1", "D1", 100000000.01, 2026, "amount")]
    [InlineData("P1", "D1", 10.005, 2026, "amount")]
    [InlineData("P1", "D1", 10, 1999, "paidOn")]
    [InlineData("P1", "D1", 10, 2101, "paidOn")]
    public void A_bad_payment_names_its_field(string id, string dwelling, double amount, int year, string field) =>
        Assert.Equal(field, Assert.Throws<ValidationException>(() => FeeRules.Payment(new FeePayment(id, dwelling, (decimal)amount, new DateOnly(year, 1, 1)))).Field);

    [Fact]
    public void Options_out_of_range_are_named()
    {
        Assert.Null(new FeeOptions().Problem());
        Assert.Contains("LowIncomeShare", new FeeOptions { LowIncomeShare = 1.5m }.Problem(), StringComparison.Ordinal);
        Assert.Contains("Standards:4", new FeeOptions { Standards = { [4] = -1m } }.Problem(), StringComparison.Ordinal);
        Assert.Equal("serviceGrade", Assert.Throws<ValidationException>(() => new FeeOptions { Standards = { } }.StandardOf(6)).Field);
    }
}
