using Anju.Common;

namespace Anju.Money;

/// <summary>The rules of an estate's public-revenue account (公共收益專户, §3.4), pure. Entries are kept as recorded; the
/// ledger order is by day, then as recorded, and each entry's <see cref="AccountEntry.Balance"/> is the running balance
/// in that order (a back-dated entry moves the balances after it). Amounts are whole fen when they enter, so sums need
/// no rounding: the balance and every statement total are sums of entries. The balance may go below zero (a deficit):
/// a repair was done and paid, so its charge is never refused.</summary>
internal static class AccountLedger
{
    public const int MaxDescription = 500;

    /// <summary>An income entry as stored: its category is the kind, the receipt reference is required.</summary>
    public static AccountEntry Income(PublicIncomeKind kind, AccountEntry entry, string actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!Enum.IsDefined(kind))
        {
            throw new ValidationException("kind", "kind must be one of " + string.Join(", ", Enum.GetNames<PublicIncomeKind>()) + ".");
        }

        return Checked(entry, AccountEntryKind.Income, kind.ToString(), today) with
        {
            Reference = Validate.Text("receipt", entry.Reference, 64),
            Approver = null,
            RecordedBy = actor,
            RecordedAt = now,
        };
    }

    /// <summary>Spending against an approved item: approval reference, approver and category required.</summary>
    public static AccountEntry Approved(AccountEntry entry, string actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Checked(entry, AccountEntryKind.ApprovedSpending, Validate.Text("category", entry.Category, 50), today) with
        {
            Description = Validate.Text("description", entry.Description, MaxDescription),
            Reference = Validate.Text("approvalRef", entry.Reference, 64),
            Approver = Validate.Text("approver", entry.Approver, 100),
            RecordedBy = actor,
            RecordedAt = now,
        };
    }

    /// <summary>A closed work order's repair cost: its id is the entry id, so it is charged once.</summary>
    public static AccountEntry WorkOrder(string orderId, decimal cost, string category, DateOnly closedOn, string facility, DateTimeOffset now) =>
        new(MoneyChecks.EntryId("orderId", orderId), AccountEntryKind.WorkOrderSpending, Validate.Text("category", category, 50),
            MoneyChecks.Amount("cost", cost), MoneyChecks.Day("closedOn", closedOn), $"Work order {orderId}: {facility}")
        {
            Reference = orderId,
            RecordedBy = "work-order",
            RecordedAt = now,
        };

    /// <summary>Whether <paramref name="next"/> repeats an entry already recorded (same id, same content: answer as
    /// before, apply nothing); the same id with other content is a <see cref="ConflictException"/>.</summary>
    public static bool IsRepeat(IEnumerable<AccountEntry> entries, AccountEntry next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var seen = entries.FirstOrDefault(e => e.EntryId == next.EntryId);
        return seen is null ? false
            : Content(seen) == Content(next) ? true
            : throw new ConflictException($"Entry '{next.EntryId}' was already recorded with other content.");
    }

    /// <summary>The signed effect of an entry on the balance.</summary>
    public static decimal Signed(AccountEntry entry) => entry.Kind == AccountEntryKind.Income ? entry.Amount : -entry.Amount;

    /// <summary>The entries in ledger order (day, then as recorded), each with the balance after it.</summary>
    public static IReadOnlyList<AccountEntry> InLedgerOrder(IReadOnlyList<AccountEntry> entries)
    {
        var balance = 0m;
        return [.. entries.Select((e, i) => (e, i)).OrderBy(p => p.e.On).ThenBy(p => p.i)
            .Select(p => p.e with { Balance = balance += Signed(p.e) })];
    }

    /// <summary>A month's statement: opening = the balance before its first day; income and spending by category; closing
    /// = opening + income − spending (which is also the balance after its last entry).</summary>
    public static AccountStatement Statement(string estateId, string month, IReadOnlyList<AccountEntry> entries)
    {
        var first = MoneyChecks.FirstDay(month);
        var ledger = InLedgerOrder(entries);
        var opening = ledger.Where(e => e.On < first).Sum(Signed);
        var lines = ledger.Where(e => MoneyChecks.MonthOf(e.On) == month).ToList();
        var income = ByCategory(lines.Where(e => e.Kind == AccountEntryKind.Income));
        var spending = ByCategory(lines.Where(e => e.Kind != AccountEntryKind.Income));
        return new AccountStatement(estateId, month, opening, income, spending, opening + income.Sum(c => c.Amount) - spending.Sum(c => c.Amount), lines);
    }

    /// <summary>The account as it stands: balance, this month's income and spending, the newest entries (newest first).</summary>
    public static AccountView View(string estateId, IReadOnlyList<AccountEntry> entries, DateOnly today, int recent, long version)
    {
        var ledger = InLedgerOrder(entries);
        var month = ledger.Where(e => MoneyChecks.MonthOf(e.On) == MoneyChecks.MonthOf(today)).ToList();
        return new AccountView(estateId, ledger.Sum(Signed),
            month.Where(e => e.Kind == AccountEntryKind.Income).Sum(e => e.Amount),
            month.Where(e => e.Kind != AccountEntryKind.Income).Sum(e => e.Amount),
            [.. ledger.TakeLast(recent).Reverse()], version);
    }

    private static List<CategoryAmount> ByCategory(IEnumerable<AccountEntry> entries) =>
        [.. entries.GroupBy(e => e.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryAmount(g.Key, g.Sum(e => e.Amount)))];

    private static AccountEntry Checked(AccountEntry entry, AccountEntryKind kind, string category, DateOnly today)
    {
        var on = MoneyChecks.Day("on", entry.On);
        if (on > today)
        {
            throw new ValidationException("on", "on must not be later than today.");
        }

        return entry with
        {
            EntryId = MoneyChecks.EntryId("entryId", entry.EntryId),
            Kind = kind,
            Category = category,
            Amount = MoneyChecks.Amount("amount", entry.Amount),
            On = on,
            Description = MoneyChecks.Optional("description", entry.Description, MaxDescription),
            Balance = 0,
        };
    }

    private static AccountEntry Content(AccountEntry e) => e with { RecordedBy = null, RecordedAt = null, Balance = 0 };
}
