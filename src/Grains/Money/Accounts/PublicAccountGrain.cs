using Anju.Common;
using Anju.Facilities;
using Microsoft.Extensions.Options;

namespace Anju.Money;

/// <summary>An estate's public-revenue account (公共收益專户, §3.4): records income with its receipt, spending against a
/// closed work order (sent by the order, charged once by its id) or an approved item, and answers the balance and a
/// month's statement (<see cref="AccountLedger"/>). Each entry is acknowledged once stored.</summary>
internal sealed class PublicAccountGrain(
    [PersistentState("public-account", StorageNames.Main)] IPersistentState<PublicAccountState> state,
    TimeProvider clock,
    IOptions<AccountOptions> options) : Grain, IPublicAccountGrain
{
    private PublicAccountState S => state.State;

    private string EstateId => Keys.EstateIdOfAccount(this.GetPrimaryKeyString());

    private DateOnly Today => options.Value.CityDay(clock.GetUtcNow());

    public async Task<AccountView> RecordIncomeAsync(PublicIncomeKind kind, AccountEntry entry, string actor)
    {
        await AddAsync(AccountLedger.Income(kind, entry, actor, clock.GetUtcNow(), Today));
        return View();
    }

    public Task ChargeWorkOrderAsync(string orderId, decimal cost, string category, DateOnly closedOn, string facility) =>
        AddAsync(AccountLedger.WorkOrder(orderId, cost, category, closedOn, facility, clock.GetUtcNow()));

    public Task ChargeClosedOrderAsync(WorkOrderSummary order, string category)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status != WorkOrderStatus.Closed || order.Cost is not { } cost || order.ClosedAt is not { } closedAt)
        {
            throw new Errors.ValidationException("order", "Only a closed work order with a cost is charged.");
        }

        if (order.EstateId != EstateId)
        {
            throw new Errors.ValidationException("order", $"Work order {order.OrderId} is not of estate {EstateId}.");
        }

        return ChargeWorkOrderAsync(order.OrderId, cost, category, options.Value.CityDay(closedAt), order.FacilityId);
    }

    public async Task<AccountView> RecordApprovedSpendingAsync(AccountEntry entry, string actor)
    {
        await AddAsync(AccountLedger.Approved(entry, actor, clock.GetUtcNow(), Today));
        return View();
    }

    public Task<AccountView> GetAsync() => Task.FromResult(View());

    public Task<AccountStatement> GetStatementAsync(string month) =>
        Task.FromResult(AccountLedger.Statement(EstateId, MoneyChecks.Month("month", month), S.Entries));

    /// <summary>Stores a new entry; a repeat changes nothing (and a conflicting one throws before anything changes).</summary>
    private async Task AddAsync(AccountEntry entry)
    {
        if (AccountLedger.IsRepeat(S.Entries, entry))
        {
            return;
        }

        S.Entries.Add(entry);
        S.Version++;
        await state.WriteOrUndoAsync(() =>
        {
            S.Entries.RemoveAt(S.Entries.Count - 1);
            S.Version--;
        });
    }

    private AccountView View() => AccountLedger.View(EstateId, S.Entries, Today, options.Value.RecentEntries, S.Version);
}
