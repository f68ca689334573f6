using Anju.Common;
using Microsoft.Extensions.Options;

namespace Anju.Money;

/// <summary>An estate's commercial units (經營性物業, §3.3): the operator, the unit register, leases, the month's rent
/// billed once, rent received by receipt, taxes deducted and the net remitted in full (<see cref="CommercialRules"/>).
/// Every command is acknowledged once stored; a repeat with the same id answers as before, other content is a conflict.</summary>
internal sealed class CommercialGrain(
    [PersistentState("commercial", StorageNames.Main)] IPersistentState<CommercialState> state,
    TimeProvider clock,
    IOptions<AccountOptions> options) : Grain, ICommercialGrain
{
    private CommercialState S => state.State;

    private string EstateId => Keys.EstateIdOfCommercial(this.GetPrimaryKeyString());

    public async Task<CommercialView> SetOperatorAsync(string @operator, string actor)
    {
        var name = Validate.Text("operator", @operator, 100);
        if (S.Operator != name)
        {
            S.Operator = name;
            await SaveAsync();
        }

        return View();
    }

    public async Task<CommercialView> RegisterUnitAsync(CommercialUnit unit, string actor)
    {
        var next = CommercialRules.Unit(unit);
        if (!Seen(S.Units.Find(u => u.UnitId == next.UnitId), next, $"Unit {next.UnitId}"))
        {
            S.Units.Add(next);
            await SaveAsync();
        }

        return View();
    }

    public async Task<CommercialView> LetAsync(CommercialLease lease, string actor)
    {
        var next = CommercialRules.Lease(lease, S.Units);
        if (Seen(S.Leases.Find(l => l.LeaseId == next.LeaseId) is { } old ? old with { EndedOn = null } : null, next, $"Lease {next.LeaseId}"))
        {
            return View();
        }

        if (S.Leases.Find(l => CommercialRules.Overlap(l, next)) is { } other)
        {
            throw new ConflictException($"Unit {next.UnitId} is let to {other.Tenant} from {other.Start:yyyy-MM-dd} to {CommercialRules.LastDay(other):yyyy-MM-dd} (lease {other.LeaseId}).");
        }

        S.Leases.Add(next);
        await SaveAsync();
        return View();
    }

    public async Task<CommercialView> EndLeaseAsync(string leaseId, DateOnly endedOn, string actor)
    {
        var lease = S.Leases.Find(l => l.LeaseId == Validate.Id("leaseId", leaseId)) ?? throw new NotFoundException("lease", leaseId);
        var day = MoneyChecks.Day("endedOn", endedOn);
        if (lease.EndedOn == day)
        {
            return View();
        }

        if (lease.EndedOn is not null)
        {
            throw new ConflictException($"Lease {leaseId} already ended on {lease.EndedOn:yyyy-MM-dd}.");
        }

        if (day < lease.Start || day > lease.End)
        {
            throw new ValidationException("endedOn", $"endedOn must be within the lease's term, {lease.Start:yyyy-MM-dd} to {lease.End:yyyy-MM-dd}.");
        }

        if (S.Months.Where(m => m.Bills.Any(b => b.LeaseId == lease.LeaseId)).Select(m => MoneyChecks.FirstDay(m.Month).AddMonths(1).AddDays(-1))
            .Any(last => last > day))
        {
            throw new ConflictException($"Lease {leaseId} is billed for days after {day:yyyy-MM-dd}; a billed month does not change.");
        }

        S.Leases[S.Leases.IndexOf(lease)] = lease with { EndedOn = day };
        await SaveAsync();
        return View();
    }

    public async Task<CommercialMonth> BillMonthAsync(string month, string actor)
    {
        var m = MoneyChecks.Month("month", month);
        if (S.Months.Find(x => x.Month == m) is { } billed)
        {
            return billed;
        }

        var bill = CommercialRules.Bill(m, S.Leases);
        S.Months.Add(bill);
        S.Months.Sort((a, b) => string.CompareOrdinal(a.Month, b.Month));
        await SaveAsync();
        return bill;
    }

    public async Task<CommercialMonth> ReceiveRentAsync(string leaseId, string month, decimal amount, string receiptId, string actor)
    {
        var receipt = new RentReceipt(MoneyChecks.EntryId("receiptId", receiptId), Validate.Id("leaseId", leaseId), MoneyChecks.Month("month", month),
            MoneyChecks.Amount("amount", amount));
        var current = Billed(receipt.Month);
        if (Seen(S.Receipts.Find(r => r.ReceiptId == receipt.ReceiptId), receipt, $"Receipt {receipt.ReceiptId}"))
        {
            return current;
        }

        S.Receipts.Add(receipt);
        return await ReplaceAsync(CommercialRules.Receive(current, receipt.LeaseId, receipt.Amount));
    }

    public async Task<CommercialMonth> RecordTaxesAsync(string month, decimal amount, string reference, string actor)
    {
        var current = Billed(MoneyChecks.Month("month", month));
        var tax = new CommercialPayment(MoneyChecks.EntryId("reference", reference), MoneyChecks.Amount("amount", amount), null);
        return Seen(current.Taxes.FirstOrDefault(t => t.Reference == tax.Reference), tax, $"Tax reference {tax.Reference}")
            ? current
            : await ReplaceAsync(CommercialRules.Tax(current, tax));
    }

    public async Task<CommercialMonth> RemitAsync(string month, decimal amount, string voucherRef, DateOnly remittedOn, string actor)
    {
        var current = Billed(MoneyChecks.Month("month", month));
        var remittance = new CommercialPayment(MoneyChecks.EntryId("voucherRef", voucherRef), MoneyChecks.Amount("amount", amount),
            MoneyChecks.Day("remittedOn", remittedOn));
        if (remittance.On < MoneyChecks.FirstDay(current.Month))
        {
            throw new ValidationException("remittedOn", $"remittedOn must not be before {current.Month} begins.");
        }

        var seen = S.Months.Find(m => m.Remittances.Any(r => r.Reference == remittance.Reference));
        return Seen(seen?.Remittances.First(r => r.Reference == remittance.Reference), seen == current ? remittance : null, $"Voucher {remittance.Reference}")
            ? current
            : await ReplaceAsync(CommercialRules.Remit(current, remittance));
    }

    public async Task<CommercialView> AssessOperatorAsync(OperatorAssessment assessment, string actor)
    {
        if (S.Operator is null)
        {
            throw new ConflictException("No operator is named for these units yet.");
        }

        var next = CommercialRules.Assessment(assessment, actor, options.Value.CityDay(clock.GetUtcNow()));
        var old = S.Assessments.Find(a => a.Period == next.Period);
        if (!Seen(old is null ? null : old with { Assessor = next.Assessor, AssessedOn = next.AssessedOn }, next, $"The assessment of {next.Period}"))
        {
            S.Assessments.Add(next);
            await SaveAsync();
        }

        return View();
    }

    public Task<CommercialView> GetAsync() => Task.FromResult(View());

    /// <summary>Whether <paramref name="next"/> repeats what is stored (true: apply nothing); other content is a conflict.</summary>
    private static bool Seen<T>(T? stored, T? next, string what)
        where T : class =>
        stored is not null && (EqualityComparer<T>.Default.Equals(stored, next) ? true
            : throw new ConflictException($"{what} was already recorded with other content."));

    private CommercialMonth Billed(string month) =>
        S.Months.Find(m => m.Month == month) ?? throw new ValidationException("month", $"{month} is not billed yet.");

    private async Task<CommercialMonth> ReplaceAsync(CommercialMonth next)
    {
        S.Months[S.Months.FindIndex(m => m.Month == next.Month)] = next;
        await SaveAsync();
        return next;
    }

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }

    private CommercialView View() => new(EstateId, S.Operator, [.. S.Units], [.. S.Leases], [.. S.Months], [.. S.Assessments], S.Version);
}
