using System.Globalization;
using Anju.Contracts;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Money;
using Anju.Residency;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains.Money;

/// <summary>A contract's fee months on the test cluster: an estate with an ordinary household (D1, 57.33 m²), a 低保
/// household (D2, 60 m²), a low-income household (D3, 45.05 m²) and an empty home (D4, 50 m²), served by a grade-4
/// contract (1.20 yuan per m² by default).</summary>
[Collection(ClusterCollection.Name)]
public class FeeLedgerGrainTests(ClusterFixture fixture)
{
    private static string ThisMonth => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private IFeeLedgerGrain Ledger(string contractId) => fixture.Grains.GetGrain<IFeeLedgerGrain>(Keys.FeeLedger(contractId));

    /// <summary>The estate, its four dwellings and a contract (active unless told otherwise); answers the contract id.</summary>
    internal static async Task<string> EstateWithContractAsync(IGrainFactory grains, bool activate = true)
    {
        var estateId = Fresh.EstateId();
        var estate = await CreateAsync(grains, estateId);
        foreach (var (id, area) in new[] { ("D1", 57.33), ("D2", 60.0), ("D3", 45.05), ("D4", 50.0) })
        {
            await estate.AddDwellingAsync(Dwelling(id, area));
        }

        foreach (var (id, groups) in new[] { ("D1", SpecialGroups.None), ("D2", SpecialGroups.MinimumLivingAllowance), ("D3", SpecialGroups.LowIncome) })
        {
            var dwelling = grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));
            await dwelling.SetHouseholdAsync(new Household(2, $"H-{id}", groups, SecondAddressRegistration.Registered), "clerk-1");
        }

        await EventuallyAsync(grains.GetGrain<Grids.IGridGrain>(Keys.Grid(estateId, "G1")).ListDwellingsAsync, l => l.Count == 4);
        return await ContractAsync(grains, estateId, grade: 4, activate);
    }

    /// <summary>A contract for the whole estate from the first of this month for a year (the one place fee tests make contracts).</summary>
    internal static async Task<string> ContractAsync(IGrainFactory grains, string estateId, int grade, bool activate = true)
    {
        await TestPool.AdmitAsync(grains); // a contract's company is drawn from the pool
        var contractId = PropertyContractGrainTests.NewContractId();
        var contract = grains.GetGrain<IPropertyContractGrain>(Keys.Contract(contractId));
        await contract.CreateAsync(PropertyContractGrainTests.Terms(estateId, grade: grade) with
        {
            Term = new ContractTerm(new DateOnly(Today.Year, Today.Month, 1), Today.AddYears(1)),
        });
        if (activate)
        {
            await contract.ActAsync(ContractAction.Activate, "housing-1", "fee tests");
        }

        return contractId;
    }

    private static FeeLine Line(FeeMonthView view, string dwellingId) => Assert.Single(view.Lines, l => l.DwellingId == dwellingId);

    private static FeePayment Pay(string id, string dwelling, decimal amount) => new(id, dwelling, amount, Today);

    [Fact]
    public async Task A_month_with_paid_and_unpaid_households_releases_only_the_subsidy_of_shares_paid_in_full()
    {
        var contractId = await EstateWithContractAsync(fixture.Grains);
        var ledger = Ledger(contractId);

        var billed = await ledger.RunMonthAsync(ThisMonth, "housing-1");

        Assert.Equal((4, 1.20m, true), (billed.Lines.Count, billed.FeePerSquareMetre, billed.Open));
        Assert.Equal((FeePayer.Household, 68.80m, 68.80m), (Line(billed, "D1").Payer, Line(billed, "D1").Fee, Line(billed, "D1").PayerShare));
        Assert.Equal((FeePayer.SubsidisedHousehold, 72.00m, 36.00m, 36.00m), (Line(billed, "D2").Payer, Line(billed, "D2").Fee, Line(billed, "D2").PayerShare, Line(billed, "D2").Subsidy));
        Assert.Equal((54.06m, 37.84m, 16.22m), (Line(billed, "D3").Fee, Line(billed, "D3").PayerShare, Line(billed, "D3").Subsidy));
        Assert.Equal((FeePayer.Owner, 60.00m), (Line(billed, "D4").Payer, Line(billed, "D4").PayerShare));

        await ledger.RecordPaymentAsync(Pay("P-1", "D1", 68.80m), "company-1");
        await ledger.RecordPaymentAsync(Pay("P-2", "D2", 36.00m), "company-1");
        var month = await ledger.RecordPaymentAsync(Pay("P-3", "D3", 20.00m), "company-1");

        Assert.Equal((36.00m, 0m), (Line(month, "D2").SubsidyReleased, Line(month, "D2").SubsidyWithheld));
        Assert.Equal((0m, 16.22m, 17.84m), (Line(month, "D3").SubsidyReleased, Line(month, "D3").SubsidyWithheld, Line(month, "D3").Outstanding));
        var t = month.Totals;
        Assert.Equal((254.86m, 52.22m, 36.00m, 16.22m, 77.84m, 2), (t.Fee, t.SubsidyDue, t.SubsidyReleased, t.SubsidyWithheld, t.Outstanding, t.PaidInFull));
        Assert.Equal(month.Lines.Sum(l => l.Outstanding), t.Outstanding);
        Assert.Equal(3, month.Payments.Count);
        Assert.Equal("company-1", month.Payments[0].RecordedBy);

        var ledgerView = await ledger.GetAsync();
        Assert.Equal(ThisMonth, ledgerView.OpenMonth);
        Assert.Equal(t, Assert.Single(ledgerView.Months).Totals);
        var city = await fixture.Grains.GetGrain<IFeeCityMonthGrain>(Keys.FeeCityMonth(ThisMonth)).GetAsync(null);
        Assert.Equal(t, Assert.Single(city.Contracts, c => c.ContractId == contractId).Totals);
        var district = await fixture.Grains.GetGrain<IFeeCityMonthGrain>(Keys.FeeCityMonth(ThisMonth)).GetAsync("ZZ");
        Assert.DoesNotContain(district.Contracts, c => c.ContractId == contractId);
    }

    [Fact]
    public async Task Rerunning_a_month_and_repeating_a_payment_change_nothing_and_other_content_conflicts()
    {
        var contractId = await EstateWithContractAsync(fixture.Grains);
        var ledger = Ledger(contractId);
        await ledger.RunMonthAsync(ThisMonth, "housing-1");
        var paid = await ledger.RecordPaymentAsync(Pay("P-1", "D1", 30m), "company-1");

        var rerun = await ledger.RunMonthAsync(ThisMonth, "someone-else");
        var repeat = await ledger.RecordPaymentAsync(Pay("P-1", "D1", 30m), "company-1");

        Assert.Equal((paid.Version, paid.Totals, "housing-1"), (rerun.Version, rerun.Totals, rerun.BilledBy));
        Assert.Equal((paid.Version, 30m), (repeat.Version, repeat.Totals.Paid));
        await Assert.ThrowsAsync<ConflictException>(() => ledger.RecordPaymentAsync(Pay("P-1", "D1", 31m), "company-1"));
        Assert.Equal("amount", (await Assert.ThrowsAsync<ValidationException>(() => ledger.RecordPaymentAsync(Pay("P-2", "D1", 1000m), "company-1"))).Field);
        Assert.Equal("dwellingId", (await Assert.ThrowsAsync<ValidationException>(() => ledger.RecordPaymentAsync(Pay("P-3", "D9", 1m), "company-1"))).Field);
        var after = await fixture.Grains.GetGrain<IFeeMonthGrain>(Keys.FeeMonth(contractId, ThisMonth)).GetAsync();
        Assert.Equal((paid.Version, 30m, 1), (after.Version, after.Totals.Paid, after.Payments.Count));
    }

    [Fact]
    public async Task The_next_month_closes_the_last_brings_arrears_forward_and_a_late_payment_releases_the_withheld_subsidy()
    {
        var contractId = await EstateWithContractAsync(fixture.Grains);
        var ledger = Ledger(contractId);
        var next = FeeRules.Next(ThisMonth);
        await ledger.RunMonthAsync(ThisMonth, "housing-1");
        await ledger.RecordPaymentAsync(Pay("P-1", "D3", 20.00m), "company-1");     // D3 owes 17.84 of its 37.84, 16.22 withheld

        await Assert.ThrowsAsync<ConflictException>(() => ledger.RunMonthAsync(FeeRules.Next(next), "housing-1"));
        var second = await ledger.RunMonthAsync(next, "housing-1");

        var first = await fixture.Grains.GetGrain<IFeeMonthGrain>(Keys.FeeMonth(contractId, ThisMonth)).GetAsync();
        Assert.False(first.Open);
        var d3 = Line(second, "D3");
        Assert.Equal((17.84m, 16.22m, 55.68m, 32.44m), (d3.BroughtForward, d3.SubsidyWithheldForward, d3.Outstanding, d3.SubsidyWithheld));
        Assert.Equal((68.80m, 36.00m, 60.00m), (Line(second, "D1").BroughtForward, Line(second, "D2").BroughtForward, Line(second, "D4").BroughtForward));

        // 17.84 settles last month alone (its 16.22 released); then this month's 37.84 releases this month's 16.22.
        var late = await ledger.RecordPaymentAsync(Pay("P-2", "D3", 17.84m), "company-1");
        Assert.Equal((16.22m, 16.22m, 37.84m), (Line(late, "D3").SubsidyReleased, Line(late, "D3").SubsidyWithheld, Line(late, "D3").Outstanding));
        late = await ledger.RecordPaymentAsync(Pay("P-3", "D3", 37.84m), "company-1");
        Assert.Equal((32.44m, 0m, 0m), (Line(late, "D3").SubsidyReleased, Line(late, "D3").SubsidyWithheld, Line(late, "D3").Outstanding));

        // A payment recorded last month, sent again, is answered from last month; other content under its id conflicts.
        var repeat = await ledger.RecordPaymentAsync(Pay("P-1", "D3", 20.00m), "company-1");
        Assert.Equal(ThisMonth, repeat.Month);
        await Assert.ThrowsAsync<ConflictException>(() => ledger.RecordPaymentAsync(Pay("P-1", "D3", 21.00m), "company-1"));

        var view = await ledger.GetAsync();
        Assert.Equal([ThisMonth, next], view.Months.Select(m => m.Month));
        Assert.Equal(next, view.OpenMonth);
        var city = await fixture.Grains.GetGrain<IFeeCityMonthGrain>(Keys.FeeCityMonth(ThisMonth)).GetAsync(null);
        Assert.False(Assert.Single(city.Contracts, c => c.ContractId == contractId).Open);
    }

    [Fact]
    public async Task Only_an_active_contract_inside_its_term_is_billed_and_a_refused_run_stores_nothing()
    {
        var draft = await EstateWithContractAsync(fixture.Grains, activate: false);
        await Assert.ThrowsAsync<ConflictException>(() => Ledger(draft).RunMonthAsync(ThisMonth, "housing-1"));
        Assert.Null((await Ledger(draft).GetAsync()).OpenMonth);

        var active = await EstateWithContractAsync(fixture.Grains);
        var before = DateOnly.ParseExact(ThisMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal("month", (await Assert.ThrowsAsync<ValidationException>(() => Ledger(active).RunMonthAsync(before, "housing-1"))).Field);
        Assert.Equal("month", (await Assert.ThrowsAsync<ValidationException>(() => Ledger(active).RunMonthAsync("2026-13", "housing-1"))).Field);
        await Assert.ThrowsAsync<ConflictException>(() => Ledger(active).RecordPaymentAsync(Pay("P-1", "D1", 1m), "company-1"));
        await Assert.ThrowsAsync<NotFoundException>(() => Ledger(PropertyContractGrainTests.NewContractId()).RunMonthAsync(ThisMonth, "housing-1"));
        Assert.Empty((await Ledger(active).GetAsync()).Months);
    }

    [Fact]
    public async Task A_month_of_1300_dwellings_in_seven_grids_is_billed_whole_and_its_totals_are_its_lines()
    {
        var estateId = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, estateId);
        for (var g = 2; g <= 7; g++)
        {
            await estate.DefineGridAsync(new Anju.Estates.DefineGrid($"G{g}", $"第{g}網格", null));
            await estate.AddBuildingAsync(new Anju.Estates.AddBuilding($"B{g}", $"{g}棟", $"G{g}", 30));
        }

        var dwellings = Enumerable.Range(0, 1300).Select(i => Dwelling($"{i % 7 + 1}-{i:D4}", 40 + i % 37 * 1.13, building: $"B{i % 7 + 1}")).ToList();
        foreach (var batch in dwellings.Chunk(250))
        {
            await estate.AddDwellingsAsync(batch);
        }

        var contractId = await ContractAsync(fixture.Grains, estateId, grade: 3);

        var month = await Ledger(contractId).RunMonthAsync(ThisMonth, "housing-1");

        Assert.Equal(1300, month.Lines.Count);
        Assert.Equal(month.Lines.Sum(l => l.Fee), month.Totals.Fee);
        Assert.Equal(dwellings.Sum(d => decimal.Round(decimal.Round((decimal)d.FloorArea, 2) * 1.60m, 2, MidpointRounding.AwayFromZero)), month.Totals.Fee);
        var next = await Ledger(contractId).RunMonthAsync(FeeRules.Next(ThisMonth), "housing-1");
        Assert.Equal((1300, month.Totals.Outstanding), (next.Lines.Count, next.Totals.BroughtForward));
        Assert.Equal(month.Totals.Fee * 2, next.Totals.Outstanding);
    }

    [Fact]
    public async Task A_month_s_state_survives_the_storage_serializer_with_its_arrears()
    {
        var contractId = await EstateWithContractAsync(fixture.Grains);
        await Ledger(contractId).RunMonthAsync(ThisMonth, "housing-1");
        await Ledger(contractId).RecordPaymentAsync(Pay("P-1", "D3", 20.00m), "company-1");
        var second = await Ledger(contractId).RunMonthAsync(FeeRules.Next(ThisMonth), "housing-1");
        var json = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<Orleans.Storage.IGrainStorageSerializer>();
        var state = new FeeMonthState
        {
            Header = second with { Lines = [], Payments = [] },
            Accounts = [.. second.Lines.Select(l => new FeeAccount(l, l.DwellingId == "D3" ? [new FeeArrear(ThisMonth, 17.84m, 16.22m), new FeeArrear(FeeRules.Next(ThisMonth), 37.84m, 16.22m)] : []))],
            Payments = [Pay("P-9", "D1", 1m) with { RecordedBy = "company-1", RecordedAt = DateTimeOffset.UtcNow }],
            Open = true,
            Version = 3,
        };

        var read = json.Deserialize<FeeMonthState>(json.Serialize(state))!;

        Assert.Equal(state.Header, read.Header! with { Lines = state.Header.Lines, Payments = state.Header.Payments });
        Assert.Equal(state.Accounts.Select(a => a.Line), read.Accounts.Select(a => a.Line));
        Assert.Equal(state.Accounts.SelectMany(a => a.Arrears), read.Accounts.SelectMany(a => a.Arrears));
        Assert.Equal(state.Payments, read.Payments);
        Assert.Equal((true, 3L), (read.Open, read.Version));
    }
}
