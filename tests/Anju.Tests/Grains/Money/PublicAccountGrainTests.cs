using Anju.Errors;
using Anju.Facilities;
using Anju.Money;
using Anju.Tests.Grains.Facilities;
using static Anju.Testing.Wait;
using static Anju.Tests.Grains.Facilities.FacilityEstates;

namespace Anju.Tests.Grains.Money;

/// <summary>An estate's public-revenue account as a grain: income and approved spending, and a work order closed with a
/// cost and a cost category charged to it once, by the order itself (one without a category is the company's cost).</summary>
[Collection(FacilitiesCollection.Name)]
public class PublicAccountGrainTests(FacilitiesClusterFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private IPublicAccountGrain Account(string estateId) => fixture.Grains.GetGrain<IPublicAccountGrain>(Keys.PublicAccount(estateId));

    private IWorkOrderGrain Order(string id) => fixture.Grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(id));

    private static AccountEntry Income(string id, decimal amount) => new(id, AccountEntryKind.Income, "", amount, Today, "電梯廣告") { Reference = $"R-{id}" };

    private async Task<WorkOrderSnapshot> CloseAsync(IEstateFacilitiesGrain facilities, string facilityId, string code, decimal cost, string? category)
    {
        var o = await facilities.ReportFaultAsync(Fault(facilityId, code, by: "網格員 李"));
        var id = o.Summary.OrderId;
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Accept));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Dispatch) with { Assignee = "維保組 陳" });
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.ArriveOnSite));
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Repair) with { Cost = cost, CostCategory = category });
        o = await Order(id).ActAsync(Cmd(o, WorkOrderAction.Verify, "網格員 李") with { Verifier = VerifierRole.Reporter });
        return await Order(id).ActAsync(Cmd(o, WorkOrderAction.Close, "網格員 李"));
    }

    [Fact]
    public async Task Incomes_and_approved_spending_make_the_balance_and_a_repeat_changes_nothing()
    {
        var account = Account(Fresh.EstateId());
        await account.RecordIncomeAsync(PublicIncomeKind.Advertising, Income("i1", 1_200m), "房管 林");
        await account.RecordIncomeAsync(PublicIncomeKind.Parking, Income("i2", 300.25m), "房管 林");
        var view = await account.RecordApprovedSpendingAsync(new AccountEntry("a1", AccountEntryKind.ApprovedSpending, "greening", 2_000m, Today, "補種綠化")
        {
            Reference = "議事會 2026-11 第3號",
            Approver = "議事協商委員會",
        }, "房管 林");
        Assert.Equal((-499.75m, 3L), (view.Balance, view.Version));

        var again = await account.RecordIncomeAsync(PublicIncomeKind.Parking, Income("i2", 300.25m), "someone else");
        Assert.Equal((-499.75m, 3L), (again.Balance, again.Version));
        await Assert.ThrowsAsync<ConflictException>(() => account.RecordIncomeAsync(PublicIncomeKind.Parking, Income("i2", 300.26m), "房管 林"));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => account.RecordApprovedSpendingAsync(
            new AccountEntry("a2", AccountEntryKind.ApprovedSpending, "greening", 10m, Today, "沒有批准"), "房管 林"));
        Assert.Equal("approvalRef", refused.Field);
        var after = await account.GetAsync();
        Assert.Equal((-499.75m, 3L, 3), (after.Balance, after.Version, after.Recent.Count));
        var statement = await account.GetStatementAsync(MoneyChecks.MonthOf(Today));
        Assert.Equal((0m, -499.75m), (statement.Opening, statement.Closing));
    }

    [Fact]
    public async Task A_work_order_closed_with_a_cost_and_a_category_is_charged_once_and_one_without_a_category_not_at_all()
    {
        var estateId = Fresh.EstateId();
        var facilities = await CreateAsync(fixture.Grains, estateId);
        var charged = await CloseAsync(facilities, "L1", "lift-stopped", 1_280.50m, "parts");
        await CloseAsync(facilities, "P1", "leak", 400m, null);

        var view = await EventuallyAsync(() => Account(estateId).GetAsync(), v => v.Version >= 1);
        var entry = Assert.Single(view.Recent);
        Assert.Equal((charged.Summary.OrderId, AccountEntryKind.WorkOrderSpending, "parts", 1_280.50m), (entry.EntryId, entry.Kind, entry.Category, entry.Amount));
        Assert.Equal(-1_280.50m, view.Balance);

        await Account(estateId).ChargeClosedOrderAsync(charged.Summary, "parts"); // a repeated delivery
        await Account(estateId).ChargeWorkOrderAsync(charged.Summary.OrderId, 1_280.50m, "parts", entry.On, "L1");
        var after = await Account(estateId).GetAsync();
        Assert.Equal((-1_280.50m, 1L), (after.Balance, after.Version));
        await Assert.ThrowsAsync<ConflictException>(() => Account(estateId).ChargeWorkOrderAsync(charged.Summary.OrderId, 99m, "parts", entry.On, "L1"));
        await Assert.ThrowsAsync<ValidationException>(() => Account(Fresh.EstateId()).ChargeClosedOrderAsync(charged.Summary, "parts"));
    }
}
