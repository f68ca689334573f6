namespace Anju.Money;

/// <summary>A contract's property-service fee billing (§6.2): which months are billed and which one is open, the
/// entry point of the monthly run and of payments. Key: <see cref="Keys.FeeLedger"/>.</summary>
[Alias("Anju.Money.IFeeLedgerGrain")]
public interface IFeeLedgerGrain : IGrainWithStringKey
{
    /// <summary>Bills a month (<c>yyyy-MM</c>) for every dwelling the contract serves: the first month billed may be any
    /// month inside the contract's term, each later one only the month after the last. Re-running a billed month
    /// answers it as it stands and changes nothing. Billing a month closes the previous one to payments (its
    /// outstanding amounts are brought forward). <see cref="ValidationException"/> naming <c>month</c>;
    /// <see cref="ConflictException"/> for a month out of order; <see cref="NotFoundException"/> for an unknown contract.</summary>
    Task<FeeMonthView> RunMonthAsync(string month, string actor);

    /// <summary>Records a household's payment against the open month; it settles what was brought forward first, and
    /// releases the subsidy of every month whose share is then paid in full. Repeating a <see cref="FeePayment.PaymentId"/>
    /// with the same content is harmless; with other content it is a <see cref="ConflictException"/>.</summary>
    Task<FeeMonthView> RecordPaymentAsync(FeePayment payment, string actor);

    [ReadOnly]
    Task<FeeLedgerView> GetAsync();
}

/// <summary>One contract month's bill: lines, payments and totals. Written only through the contract's ledger.
/// Key: <see cref="Keys.FeeMonth"/>.</summary>
[Alias("Anju.Money.IFeeMonthGrain")]
public interface IFeeMonthGrain : IGrainWithStringKey
{
    /// <summary>The month as billed; <see cref="NotFoundException"/> when it was never run.</summary>
    [ReadOnly]
    Task<FeeMonthView> GetAsync();

    /// <summary>Ledger only: stores the month as billed (header and accounts), open to payments. A month already billed
    /// answers as it stands and changes nothing.</summary>
    Task<FeeMonthView> BillAsync(FeeMonthView header, IReadOnlyList<FeeAccount> accounts);

    /// <summary>Ledger only: applies a payment to the dwelling's account (oldest month first). A repeated payment id with
    /// the same content answers as it stands; other content is a <see cref="ConflictException"/>; a closed month
    /// refuses with a <see cref="ConflictException"/>.</summary>
    Task<FeeMonthView> ApplyPaymentAsync(FeePayment payment);

    /// <summary>Ledger only: closes the month to payments (repeatable) and answers the accounts, whose arrears the next
    /// month brings forward.</summary>
    Task<IReadOnlyList<FeeAccount>> CloseAsync();

    /// <summary>The payment recorded under an id in this month, if any (a repeat after the month closed is answered).</summary>
    [ReadOnly]
    Task<FeePayment?> FindPaymentAsync(string paymentId);
}

/// <summary>A month across the city: every contract's ledger reports its month's totals here after each change, so the
/// housing office sees per-contract subsidy due, released, withheld and outstanding. Key: <see cref="Keys.FeeCityMonth"/>.</summary>
[Alias("Anju.Money.IFeeCityMonthGrain")]
public interface IFeeCityMonthGrain : IGrainWithStringKey
{
    /// <summary>A contract's newest totals for the month; an older <see cref="FeeContractMonth.Version"/> is ignored.</summary>
    Task ReportAsync(FeeContractMonth totals);

    /// <summary>The month's contracts and their sums; only a district's when <paramref name="district"/> is given.</summary>
    [ReadOnly]
    Task<FeeCityMonthView> GetAsync(string? district);
}
