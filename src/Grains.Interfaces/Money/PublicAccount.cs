namespace Anju.Money;

/// <summary>Where public-part income comes from (§3.4: 公共部位經營收益).</summary>
[GenerateSerializer]
public enum PublicIncomeKind
{
    Advertising,
    Parking,
    VenueUse,
    Other,
}

/// <summary>What an entry of the public-revenue account is.</summary>
[GenerateSerializer]
public enum AccountEntryKind
{
    /// <summary>Income from a public part.</summary>
    Income,

    /// <summary>Spending on a public facility against a recorded work order (its repair cost).</summary>
    WorkOrderSpending,

    /// <summary>Spending against an approved item (an approval reference and its approver).</summary>
    ApprovedSpending,
}

/// <summary>One entry of an estate's public-revenue account (公共收益專户). <see cref="Amount"/> is always positive
/// (yuan, two places); <see cref="Kind"/> says which way it goes.
/// <see cref="Category"/> is the income kind or the spending category (labour, parts, outsourced …).
/// <see cref="EntryId"/> makes a repeat harmless (a work order's id for its spending).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.AccountEntry")]
public sealed record AccountEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] AccountEntryKind Kind,
    [property: Id(2)] string Category,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] DateOnly On,
    [property: Id(5)] string Description)
{
    /// <summary>The work order (spending) or approval reference (approved spending) or receipt number (income).</summary>
    [Id(6)] public string? Reference { get; init; }

    /// <summary>Approved spending: who approved it.</summary>
    [Id(7)] public string? Approver { get; init; }

    [Id(8)] public string? RecordedBy { get; init; }

    [Id(9)] public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>The balance after this entry.</summary>
    [Id(10)] public decimal Balance { get; init; }
}

/// <summary>An amount per category.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.CategoryAmount")]
public sealed record CategoryAmount([property: Id(0)] string Category, [property: Id(1)] decimal Amount);

/// <summary>A month's statement of the account: opening balance, income and spending by category, closing balance
/// (= opening + income − spending), and the month's entries.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.AccountStatement")]
public sealed record AccountStatement(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string Month,
    [property: Id(2)] decimal Opening,
    [property: Id(3)] IReadOnlyList<CategoryAmount> Income,
    [property: Id(4)] IReadOnlyList<CategoryAmount> Spending,
    [property: Id(5)] decimal Closing,
    [property: Id(6)] IReadOnlyList<AccountEntry> Entries);

/// <summary>The account as it stands: balance, this month's income and spending, the newest entries.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Money.AccountView")]
public sealed record AccountView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] decimal Balance,
    [property: Id(2)] decimal IncomeThisMonth,
    [property: Id(3)] decimal SpendingThisMonth,
    [property: Id(4)] IReadOnlyList<AccountEntry> Recent,
    [property: Id(5)] long Version);

/// <summary>An estate's public-revenue account (§3.4: 公共部位收益專户管理): income from public parts, spending on public
/// facilities only against a recorded work order or an approved item, a running balance and monthly statements.
/// Key: <see cref="Keys.PublicAccount"/>.</summary>
[Alias("Anju.Money.IPublicAccountGrain")]
public interface IPublicAccountGrain : IGrainWithStringKey
{
    /// <summary>Records income. Same <see cref="AccountEntry.EntryId"/> and content again: harmless; other content: conflict.</summary>
    Task<AccountView> RecordIncomeAsync(PublicIncomeKind kind, AccountEntry entry, string actor);

    /// <summary>A closed work order of this estate with a cost is charged to the account (its id is the entry id, so
    /// it is charged once). Sent by the work order; the spending category is the order's cost category.</summary>
    Task ChargeWorkOrderAsync(string orderId, decimal cost, string category, DateOnly closedOn, string facility);

    /// <summary>The work order's own hook: a closed order (<paramref name="order"/>) whose repair cost is to be paid from
    /// this account (<paramref name="category"/>: the order's cost category) is charged once, on its closing day in the
    /// city's time (<c>Accounts:UtcOffsetHours</c>), as <see cref="ChargeWorkOrderAsync"/> does.</summary>
    Task ChargeClosedOrderAsync(Anju.Facilities.WorkOrderSummary order, string category);

    /// <summary>Records spending against an approved item: reference and approver required.</summary>
    Task<AccountView> RecordApprovedSpendingAsync(AccountEntry entry, string actor);

    [ReadOnly]
    Task<AccountView> GetAsync();

    /// <summary>A month's statement (<c>yyyy-MM</c>).</summary>
    [ReadOnly]
    Task<AccountStatement> GetStatementAsync(string month);
}
