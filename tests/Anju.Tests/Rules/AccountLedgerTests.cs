using Anju.Errors;
using Anju.Money;

namespace Anju.Tests.Rules;

/// <summary>The public-revenue account's rules: the balance is the sum of the entries whatever their order, a statement's
/// closing is its opening plus income less spending, spending needs a work order or an approval, a repeat is harmless.</summary>
public class AccountLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static AccountEntry Income(string id, decimal amount, DateOnly on, PublicIncomeKind kind = PublicIncomeKind.Advertising) =>
        AccountLedger.Income(kind, new AccountEntry(id, AccountEntryKind.Income, "", amount, on, "") { Reference = $"R-{id}" }, "房管 林", Now, Today);

    private static AccountEntry Approved(string id, decimal amount, DateOnly on, string category = "greening") =>
        AccountLedger.Approved(new AccountEntry(id, AccountEntryKind.ApprovedSpending, category, amount, on, "補種綠化")
        {
            Reference = "議事會 2026-11 第3號",
            Approver = "議事協商委員會",
        }, "房管 林", Now, Today);

    private static AccountEntry Order(string id, decimal cost, DateOnly on, string category = "parts") =>
        AccountLedger.WorkOrder(id, cost, category, on, "L1", Now);

    [Fact]
    public void The_balance_after_incomes_and_costs_is_their_signed_sum_and_may_go_below_zero()
    {
        List<AccountEntry> entries =
        [
            Income("i1", 1_200.00m, new(2026, 11, 3)),
            Income("i2", 357.33m, new(2026, 11, 9), PublicIncomeKind.Parking),
            Order("WO-1", 1_280.50m, new(2026, 11, 20)),
            Approved("a1", 500.01m, new(2026, 11, 28)),
        ];

        var view = AccountLedger.View("TH-1", entries, new DateOnly(2026, 11, 30), 10, 4);

        Assert.Equal(-223.18m, view.Balance);
        Assert.Equal((1_557.33m, 1_780.51m), (view.IncomeThisMonth, view.SpendingThisMonth));
        Assert.Equal(["a1", "WO-1", "i2", "i1"], view.Recent.Select(e => e.EntryId));
        Assert.Equal([-223.18m, 276.83m, 1_557.33m, 1_200.00m], view.Recent.Select(e => e.Balance));
    }

    [Fact]
    public void A_statement_closes_at_opening_plus_income_less_spending_and_a_back_dated_entry_moves_the_balances_after_it()
    {
        List<AccountEntry> entries =
        [
            Income("i1", 800m, new(2026, 10, 15)),
            Order("WO-1", 300m, new(2026, 10, 31)),
            Income("i2", 99.99m, new(2026, 11, 2), PublicIncomeKind.VenueUse),
            Order("WO-2", 1_000m, new(2026, 11, 5), "outsourced"),
            Approved("a1", 45.5m, new(2026, 11, 30)),
            Order("WO-3", 12.34m, new(2026, 11, 6)),
            Income("i0", 10m, new(2026, 10, 1)), // recorded late, dated October
            Income("i3", 1m, new(2026, 12, 1)),
        ];

        var november = AccountLedger.Statement("TH-1", "2026-11", entries);

        Assert.Equal(510m, november.Opening);
        Assert.Equal([new CategoryAmount("VenueUse", 99.99m)], november.Income);
        Assert.Equal([new CategoryAmount("greening", 45.5m), new CategoryAmount("outsourced", 1_000m), new CategoryAmount("parts", 12.34m)], november.Spending);
        Assert.Equal(november.Opening + november.Income.Sum(c => c.Amount) - november.Spending.Sum(c => c.Amount), november.Closing);
        Assert.Equal(-447.85m, november.Closing);
        Assert.Equal(["i2", "WO-2", "WO-3", "a1"], november.Entries.Select(e => e.EntryId));
        Assert.Equal(november.Closing, november.Entries[^1].Balance);
        Assert.Equal(november.Closing, AccountLedger.Statement("TH-1", "2026-12", entries).Opening);
        var empty = AccountLedger.Statement("TH-1", "2027-01", entries);
        Assert.Equal((empty.Opening, empty.Closing, 0), (-446.85m, -446.85m, empty.Entries.Count));
    }

    [Fact]
    public void Spending_needs_an_approval_reference_and_an_approver()
    {
        var entry = new AccountEntry("a1", AccountEntryKind.ApprovedSpending, "greening", 10m, Today, "補種") { Approver = "議事會" };
        Assert.Equal("approvalRef", Assert.Throws<ValidationException>(() => AccountLedger.Approved(entry, "x", Now, Today)).Field);
        Assert.Equal("approver", Assert.Throws<ValidationException>(() =>
            AccountLedger.Approved(entry with { Reference = "R-1", Approver = " " }, "x", Now, Today)).Field);
        Assert.Equal("category", Assert.Throws<ValidationException>(() =>
            AccountLedger.Approved(entry with { Reference = "R-1", Category = "" }, "x", Now, Today)).Field);
    }

    [Theory]
    [InlineData(0, 2026, 12, 1, "amount")]
    [InlineData(-5, 2026, 12, 1, "amount")]
    [InlineData(100_000_000.01, 2026, 12, 1, "amount")]
    [InlineData(1.001, 2026, 12, 1, "amount")]
    [InlineData(10, 1999, 12, 31, "on")]
    [InlineData(10, 2026, 12, 8, "on")]
    public void Absurd_amounts_and_days_are_refused_naming_the_field(double amount, int year, int month, int day, string field)
    {
        var entry = new AccountEntry("i1", AccountEntryKind.Income, "", (decimal)amount, new DateOnly(year, month, day), "") { Reference = "R1" };
        Assert.Equal(field, Assert.Throws<ValidationException>(() => AccountLedger.Income(PublicIncomeKind.Other, entry, "x", Now, Today)).Field);
    }

    [Fact]
    public void Income_needs_a_receipt_and_a_known_kind()
    {
        var entry = new AccountEntry("i1", AccountEntryKind.Income, "", 10m, Today, "");
        Assert.Equal("receipt", Assert.Throws<ValidationException>(() => AccountLedger.Income(PublicIncomeKind.Other, entry, "x", Now, Today)).Field);
        Assert.Equal("kind", Assert.Throws<ValidationException>(() =>
            AccountLedger.Income((PublicIncomeKind)42, entry with { Reference = "R" }, "x", Now, Today)).Field);
    }

    [Fact]
    public void A_repeat_is_harmless_whoever_sends_it_and_the_same_id_with_other_content_conflicts()
    {
        List<AccountEntry> entries = [Order("WO-1", 300m, Today), Income("i1", 5m, Today)];

        Assert.True(AccountLedger.IsRepeat(entries, Order("WO-1", 300m, Today) with { RecordedAt = Now.AddHours(1) }));
        Assert.True(AccountLedger.IsRepeat(entries, Income("i1", 5m, Today) with { RecordedBy = "someone else" }));
        Assert.False(AccountLedger.IsRepeat(entries, Order("WO-2", 300m, Today)));
        Assert.Throws<ConflictException>(() => AccountLedger.IsRepeat(entries, Order("WO-1", 301m, Today)));
    }
}
