using Anju.Errors;
using Anju.Money;
using Anju.Tests.Grains.Facilities;

namespace Anju.Tests.Grains.Money;

/// <summary>An estate's commercial units as a grain: a month billed once, rent by receipt, taxes, the net remitted in full
/// only, overlapping leases refused, and every repeat harmless.</summary>
[Collection(FacilitiesCollection.Name)]
public class CommercialGrainTests(FacilitiesClusterFixture fixture)
{
    private const string Actor = "房管 林";

    private ICommercialGrain Units(string estateId) => fixture.Grains.GetGrain<ICommercialGrain>(Keys.Commercial(estateId));

    [Fact]
    public async Task A_month_lives_from_bill_to_remittance_and_every_repeat_is_harmless()
    {
        var units = Units(Fresh.EstateId());
        await units.SetOperatorAsync("廣州安居商業運營有限公司", Actor);
        await units.RegisterUnitAsync(new CommercialUnit("S1", "1號商舖", 45.5m, "retail"), Actor);
        await units.RegisterUnitAsync(new CommercialUnit("S1", "1號商舖", 45.5m, "retail"), Actor);
        await Assert.ThrowsAsync<ConflictException>(() => units.RegisterUnitAsync(new CommercialUnit("S1", "1號商舖", 50m, "retail"), Actor));
        await units.RegisterUnitAsync(new CommercialUnit("S2", "2號商舖", 30m, "food"), Actor);
        await units.LetAsync(new CommercialLease("L1", "S1", "便利店", new(2026, 1, 1), new(2027, 12, 31), 4_000m), Actor);
        await units.LetAsync(new CommercialLease("L2", "S2", "早餐店", new(2026, 11, 16), new(2027, 11, 15), 3_000m), Actor);
        var overlap = new CommercialLease("L3", "S1", "藥店", new(2027, 12, 1), new(2028, 12, 31), 5_000m);
        await Assert.ThrowsAsync<ConflictException>(() => units.LetAsync(overlap, Actor));

        var month = await units.BillMonthAsync("2026-11", Actor);
        Assert.Equal((5_500m, 2), (month.Billed, month.Bills.Count));
        var version = (await units.GetAsync()).Version;
        var again = await units.BillMonthAsync("2026-11", "someone else");
        Assert.Equal(month.Billed, again.Billed);
        Assert.Equal(month.Bills, again.Bills);
        Assert.Equal(version, (await units.GetAsync()).Version);
        month = await units.ReceiveRentAsync("L1", "2026-11", 4_000m, "RC-1", Actor);
        month = await units.ReceiveRentAsync("L1", "2026-11", 4_000m, "RC-1", Actor);
        await Assert.ThrowsAsync<ConflictException>(() => units.ReceiveRentAsync("L2", "2026-11", 100m, "RC-1", Actor));
        month = await units.ReceiveRentAsync("L2", "2026-11", 1_500m, "RC-2", Actor);
        month = await units.RecordTaxesAsync("2026-11", 302.5m, "TAX-1", Actor);
        Assert.Equal((5_500m, 302.5m, 5_197.5m), (month.Received, month.TaxesAndFees, month.NetIncome));

        var partial = await Assert.ThrowsAsync<ValidationException>(() => units.RemitAsync("2026-11", 5_000m, "V-1", new(2026, 12, 5), Actor));
        Assert.Equal("amount", partial.Field);
        month = await units.RemitAsync("2026-11", 5_197.5m, "V-1", new(2026, 12, 5), Actor);
        month = await units.RemitAsync("2026-11", 5_197.5m, "V-1", new(2026, 12, 5), Actor);
        Assert.Equal((5_197.5m, 0m, "V-1"), (month.Remitted, month.NotRemitted, month.VoucherRef));
        Assert.Equal("month", (await Assert.ThrowsAsync<ValidationException>(() => units.ReceiveRentAsync("L1", "2026-12", 1m, "RC-3", Actor))).Field);

        await Assert.ThrowsAsync<ConflictException>(() => units.EndLeaseAsync("L2", new(2026, 11, 20), Actor));
        await units.EndLeaseAsync("L2", new(2026, 12, 15), Actor);
        var december = await units.BillMonthAsync("2026-12", Actor);
        Assert.Equal([4_000m, 1_451.61m], december.Bills.Select(b => b.Billed));
        await units.AssessOperatorAsync(new OperatorAssessment("2026-Q4", 86.5m, "ignored", default, "出租率高"), Actor);
        await Assert.ThrowsAsync<ConflictException>(() => units.AssessOperatorAsync(new OperatorAssessment("2026-Q4", 80m, "", default, ""), Actor));

        var view = await units.GetAsync();
        Assert.Equal((2, 2, 2), (view.Units.Count, view.Leases.Count, view.Months.Count));
        Assert.Equal(new DateOnly(2026, 12, 15), view.Leases.Single(l => l.LeaseId == "L2").EndedOn);
        Assert.Equal(Actor, Assert.Single(view.Assessments).Assessor);
    }
}
