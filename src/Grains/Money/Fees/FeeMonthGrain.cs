using Anju.Common;

namespace Anju.Money;

/// <summary>One contract month's bill: stores the accounts the ledger billed, applies payments to them and closes to
/// payments when the next month is billed. Written only by the contract's ledger (<see cref="FeeLedgerGrain"/>).</summary>
internal sealed class FeeMonthGrain(
    [PersistentState("fee-month", StorageNames.Main)] IPersistentState<FeeMonthState> state) : Grain, IFeeMonthGrain
{
    private FeeMonthState S => state.State;

    public Task<FeeMonthView> GetAsync() => Task.FromResult(View());

    public async Task<FeeMonthView> BillAsync(FeeMonthView header, IReadOnlyList<FeeAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(accounts);
        if (S.Header is not null)
        {
            return View();
        }

        (S.Header, S.Accounts, S.Payments, S.Open, S.Version) = (header with { Lines = [], Payments = [] }, [.. accounts], [], true, 1);
        await state.WriteOrReloadAsync();
        return View();
    }

    public async Task<FeeMonthView> ApplyPaymentAsync(FeePayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var header = S.Header ?? throw new NotFoundException($"Fee month {this.GetPrimaryKeyString()} was never billed.");
        if (S.Payments.Find(p => p.PaymentId == payment.PaymentId) is { } held)
        {
            return FeeRules.Same(held, payment) ? View()
                : throw new ConflictException($"Payment '{payment.PaymentId}' was recorded with other content.");
        }

        if (!S.Open)
        {
            throw new ConflictException($"Month {header.Month} is closed to payments: the next month has been billed.");
        }

        var index = S.Accounts.FindIndex(a => a.Line.DwellingId == payment.DwellingId);
        if (index < 0)
        {
            throw new ValidationException("dwellingId", $"Dwelling '{payment.DwellingId}' has no fee line in {header.Month}.");
        }

        S.Accounts[index] = FeeRules.Apply(S.Accounts[index], payment.Amount);
        S.Payments.Add(payment);
        S.Version++;
        await state.WriteOrReloadAsync();
        return View();
    }

    public async Task<IReadOnlyList<FeeAccount>> CloseAsync()
    {
        _ = S.Header ?? throw new NotFoundException($"Fee month {this.GetPrimaryKeyString()} was never billed.");
        if (S.Open)
        {
            (S.Open, S.Version) = (false, S.Version + 1);
            await state.WriteOrReloadAsync();
        }

        return S.Accounts;
    }

    public Task<FeePayment?> FindPaymentAsync(string paymentId) =>
        Task.FromResult(S.Payments.Find(p => p.PaymentId == paymentId));

    private FeeMonthView View()
    {
        var header = S.Header ?? throw new NotFoundException($"Fee month {this.GetPrimaryKeyString()} was never billed.");
        var lines = S.Accounts.ConvertAll(a => a.Line);
        return header with { Lines = lines, Totals = FeeRules.Totals(lines), Open = S.Open, Version = S.Version, Payments = [.. S.Payments] };
    }
}
