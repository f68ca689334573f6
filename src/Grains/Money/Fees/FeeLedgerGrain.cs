using Anju.Common;
using Anju.Contracts;
using Anju.Estates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Money;

/// <summary>A contract's fee billing (§6.2): runs months in order (closing the previous month and bringing its arrears
/// forward), routes payments to the open month, keeps each month's totals, and reports them to the city's month view.</summary>
internal sealed class FeeLedgerGrain(
    [PersistentState("fee-ledger", StorageNames.Main)] IPersistentState<FeeLedgerState> state,
    TimeProvider clock,
    IOptions<FeeOptions> options,
    ILogger<FeeLedgerGrain> log) : Grain, IFeeLedgerGrain
{
    /// <summary>Months whose report to the city's view failed; sent again after the next command.</summary>
    private readonly HashSet<string> _unreported = new(StringComparer.Ordinal);

    private FeeLedgerState S => state.State;

    private string ContractId => Keys.ContractIdOfFees(this.GetPrimaryKeyString());

    public async Task<FeeMonthView> RunMonthAsync(string month, string actor)
    {
        month = MoneyChecks.Month("month", month);
        var who = Validate.Text("actor", actor, 100);
        if (S.Months.Exists(m => m.Month == month))
        {
            return await Month(month).GetAsync();
        }

        var contract = await GrainFactory.GetGrain<IPropertyContractGrain>(Keys.Contract(Validate.Id("contractId", ContractId))).GetAsync();
        var terms = contract.Terms;
        if (!FeeRules.Billable(contract.Status))
        {
            throw new ConflictException($"Contract '{ContractId}' is {contract.Status}: only an active or suspended contract is billed.");
        }

        if (!FeeRules.InTerm(month, terms.Term))
        {
            throw new ValidationException("month", $"{month} is outside the contract's term {terms.Term.Start:yyyy-MM-dd} to {terms.Term.End:yyyy-MM-dd}.");
        }

        if (S.OpenMonth is { } open && month != FeeRules.Next(open))
        {
            throw new ConflictException($"The next month to bill for contract '{ContractId}' is {FeeRules.Next(open)}, not {month}.");
        }

        var settings = options.Value;
        var standard = settings.StandardOf(terms.ServiceGrade);
        var previous = S.OpenMonth is { } last ? await Month(last).CloseAsync() : [];
        var bases = await FeeRoll.ReadAsync(GrainFactory, terms.EstateId, terms.ZoneId, settings.RunConcurrency);
        var accounts = FeeRules.BillAll(month, bases, previous, standard, settings);
        var district = (await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(terms.EstateId)).GetStatusAsync()).Profile.District;
        var header = new FeeMonthView(ContractId, month, terms.ServiceGrade, standard, FeeRules.Totals([]), [], true, clock.GetUtcNow(), who, 0)
        {
            EstateId = terms.EstateId,
            CompanyName = terms.Company.Name,
        };
        var view = await Month(month).BillAsync(header, accounts);

        var before = (S.Months.ToList(), S.OpenMonth, S.EstateId, S.ZoneId, S.District, S.CompanyName, S.Version);
        if (S.OpenMonth is { } closed)
        {
            Keep(closed, FeeRules.Totals(previous.Select(a => a.Line).ToList()), S.Months.Find(m => m.Month == closed)!.BilledAt);
            _unreported.Add(closed);
        }

        Keep(month, view.Totals, view.BilledAt);
        (S.OpenMonth, S.EstateId, S.ZoneId, S.District, S.CompanyName) = (month, terms.EstateId, terms.ZoneId, district, terms.Company.Name);
        S.Version++;
        await state.WriteOrUndoAsync(() =>
            (S.Months, S.OpenMonth, S.EstateId, S.ZoneId, S.District, S.CompanyName, S.Version) = before);
        _unreported.Add(month);
        await ReportAsync();
        return view;
    }

    public async Task<FeeMonthView> RecordPaymentAsync(FeePayment payment, string actor)
    {
        var who = Validate.Text("actor", actor, 100);
        var valid = FeeRules.Payment(payment ?? throw new ValidationException("payment", "payment is required."));
        var open = S.OpenMonth ?? throw new ConflictException($"No month of contract '{ContractId}' is billed yet: run a month first.");

        // A payment recorded before the open month was billed is answered from the month it went to.
        if (S.Months.Count > 1 && await Month(S.Months[^2].Month).FindPaymentAsync(valid.PaymentId) is { } earlier)
        {
            return FeeRules.Same(earlier, valid) ? await Month(S.Months[^2].Month).GetAsync()
                : throw new ConflictException($"Payment '{valid.PaymentId}' was recorded with other content.");
        }

        var view = await Month(open).ApplyPaymentAsync(valid with { RecordedBy = who, RecordedAt = clock.GetUtcNow() });
        if (S.Months.Find(m => m.Month == open) is { } held && held.Totals != view.Totals)
        {
            var before = (S.Months.ToList(), S.Version);
            Keep(open, view.Totals, held.BilledAt);
            S.Version++;
            await state.WriteOrUndoAsync(() => (S.Months, S.Version) = before);
            _unreported.Add(open);
        }

        await ReportAsync();
        return view;
    }

    public Task<FeeLedgerView> GetAsync() => Task.FromResult(new FeeLedgerView(ContractId, [.. S.Months], S.OpenMonth));

    private IFeeMonthGrain Month(string month) => GrainFactory.GetGrain<IFeeMonthGrain>(Keys.FeeMonth(ContractId, month));

    private void Keep(string month, FeeTotals totals, DateTimeOffset billedAt)
    {
        var row = new FeeMonthTotals(month, totals, billedAt);
        var index = S.Months.FindIndex(m => m.Month == month);
        if (index < 0)
        {
            S.Months.Add(row);
        }
        else
        {
            S.Months[index] = row;
        }
    }

    /// <summary>Sends the changed months' totals to the city's month views. The command is already durable, so a failed
    /// report does not fail it; it is sent again after the next command of this ledger.</summary>
    private async Task ReportAsync()
    {
        foreach (var month in _unreported.ToList())
        {
            if (S.Months.Find(m => m.Month == month) is not { } row)
            {
                _unreported.Remove(month);
                continue;
            }

            try
            {
                await GrainFactory.GetGrain<IFeeCityMonthGrain>(Keys.FeeCityMonth(month)).ReportAsync(
                    new FeeContractMonth(ContractId, S.EstateId, S.District, S.CompanyName, month, row.Totals, S.Version)
                    {
                        ZoneId = S.ZoneId,
                        Open = month == S.OpenMonth,
                    });
                _unreported.Remove(month);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Fee totals of {Contract} {Month} did not reach the city's month view; sent again after the next command.", ContractId, month);
            }
        }
    }
}
