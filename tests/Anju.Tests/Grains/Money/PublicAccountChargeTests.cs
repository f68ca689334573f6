using System.Reflection;
using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Money;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anju.Tests.Grains.Money;

/// <summary>The work order's charge to its estate's account: sent only for an order closed with a cost and a cost
/// category; an account that cannot be reached answers "not delivered" (the order keeps its reminder and sends again);
/// a refusal for good (a conflict) is not retried.</summary>
public class PublicAccountChargeTests
{
    private static WorkOrderState Closed(decimal? cost = 320.5m, string? category = "parts", WorkOrderStatus status = WorkOrderStatus.Closed) => new()
    {
        CostCategory = category,
        Summary = new WorkOrderSummary("WO-1", 9, "TH-1", "TH", WorkOrderKind.Corrective, "L1", FacilityType.Lift, "lift-stopped", IncidentSeverity.Major,
            status, EscalationLevel.Grid, new WorkOrderRoute("PC-1", "PC-1", "物業", null), new WorkOrderDeadlines(null, null, null),
            DateTimeOffset.UtcNow.AddHours(-3), DateTimeOffset.UtcNow)
        { Cost = cost, ClosedAt = DateTimeOffset.UtcNow },
    };

    [Fact]
    public async Task A_failed_charge_is_not_delivered_until_the_account_takes_it()
    {
        var account = new Account { Failures = 1 };
        var grains = Grains(account);

        Assert.False(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed()));
        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed()));
        Assert.Equal(["WO-1/parts"], account.Charged);
    }

    [Fact]
    public async Task Only_an_order_closed_with_a_cost_and_a_category_is_charged()
    {
        var account = new Account();
        var grains = Grains(account);

        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed(category: null)));
        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed(cost: null)));
        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed(cost: 0m)));
        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed(status: WorkOrderStatus.Cancelled)));
        Assert.True(await PublicAccountCharge.SendAsync(grains, NullLogger.Instance, Closed(status: WorkOrderStatus.Verified)));
        Assert.Empty(account.Charged);
    }

    [Fact]
    public async Task A_refusal_for_good_is_delivered_and_not_retried()
    {
        var account = new Account { Refuse = true };
        Assert.True(await PublicAccountCharge.SendAsync(Grains(account), NullLogger.Instance, Closed()));
    }

    private static IGrainFactory Grains(Account account)
    {
        var factory = DispatchProxy.Create<IGrainFactory, Factory>();
        ((Factory)(object)factory).Account = account;
        return factory;
    }

    /// <summary>An account that fails the first <see cref="Failures"/> calls, or refuses every call.</summary>
    public sealed class Account
    {
        public int Failures { get; set; }

        public bool Refuse { get; set; }

        public List<string> Charged { get; } = [];

        public Task ChargeAsync(WorkOrderSummary order, string category)
        {
            if (Refuse)
            {
                throw new ConflictException("other content");
            }

            if (Failures-- > 0)
            {
                throw new TimeoutException("the account's silo did not answer");
            }

            Charged.Add($"{order.OrderId}/{category}");
            return Task.CompletedTask;
        }
    }

    /// <summary>A grain factory answering the one account grain.</summary>
    public class Factory : DispatchProxy
    {
        public Account Account { get; set; } = new();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IGrainFactory.GetGrain) || !targetMethod.ReturnType.IsAssignableFrom(typeof(IPublicAccountGrain)))
            {
                throw new NotSupportedException(targetMethod?.Name);
            }

            var grain = DispatchProxy.Create<IPublicAccountGrain, AccountGrain>();
            ((AccountGrain)(object)grain).Account = Account;
            return grain;
        }
    }

    /// <summary>The account grain's proxy: only the work order's call is answered.</summary>
    public class AccountGrain : DispatchProxy
    {
        public Account Account { get; set; } = new();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IPublicAccountGrain.ChargeClosedOrderAsync)
                ? Account.ChargeAsync((WorkOrderSummary)args![0]!, (string)args[1]!)
                : throw new NotSupportedException(targetMethod?.Name);
    }
}
