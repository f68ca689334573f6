using Anju.Contracts;
using Anju.Errors;
using Anju.Facilities;
using Anju.Tests.Infrastructure;
using Anju.Tests.Rules;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class ScorecardGrainTests(ClusterFixture fixture) : IAsyncLifetime
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => TestPool.AdmitAsync(fixture.Grains);

    public Task DisposeAsync() => Task.CompletedTask;

    private IContractScorecardGrain Scorecard(string id) => fixture.Grains.GetGrain<IContractScorecardGrain>(Keys.Scorecard(id));

    private ICompanyPoolGrain Pool => fixture.Grains.GetGrain<ICompanyPoolGrain>(Keys.CompanyPool);

    /// <summary>An estate with an active estate-wide contract; returns the contract id.</summary>
    private async Task<string> ContractAsync(string company = "91440101MA59ABCD1X")
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = Fresh.EstateId("HT");
        var contract = fixture.Grains.GetGrain<IPropertyContractGrain>(Keys.Contract(id));
        await contract.CreateAsync(new PropertyContractTerms(new PropertyCompany("廣州安居物業", company), estateId, null, 3, 2.8m,
            new ContractTerm(Today.AddDays(-10), Today.AddYears(1)), SelectionMethod.Tender, null) { Tender = TestPool.Tender(company) });
        await contract.ActAsync(ContractAction.Activate, "test", null);
        return id;
    }

    [Fact]
    public async Task Closed_orders_count_once_and_a_cancelled_one_not_at_all()
    {
        var id = await ContractAsync();
        var now = DateTimeOffset.UtcNow;
        var order = ScorecardFormulaTests.Order("WO-A", now.AddHours(-2), id) with { ClosedAt = now, Overdue = true, Rating = 1 };

        await Scorecard(id).RecordOrderAsync(order);
        await Scorecard(id).RecordOrderAsync(order);
        await Scorecard(id).RecordOrderAsync(ScorecardFormulaTests.Order("WO-B", now.AddHours(-1), id) with { Status = WorkOrderStatus.Cancelled, ClosedAt = now });

        var view = await Scorecard(id).GetAsync();
        Assert.Equal((1, 0, 1), (view.Figures.OrdersClosed, view.Figures.OrdersWithinSla, view.Figures.Ratings));
        Assert.Equal("廣州安居物業", view.CompanyName);
        Assert.True(view.Score < 100m);
        Assert.Equal(ScoreFactor.SlaCompliance, view.TopFactor); // 0 within: the 25-point cap, more than the rating's 15
        var evidence = await Scorecard(id).GetEvidenceAsync(view.Period, ScoreFactor.SlaCompliance);
        Assert.Equal("WO-A", Assert.Single(evidence).Id);
        await Assert.ThrowsAsync<ValidationException>(() => Scorecard(id).RecordOrderAsync(order with { Route = order.Route with { ContractId = "HT-OTHER" } }));
    }

    [Fact]
    public async Task A_new_month_keeps_the_finished_one_in_the_history()
    {
        var id = await ContractAsync();
        var now = DateTimeOffset.UtcNow;
        await Scorecard(id).RecordOrderAsync(ScorecardFormulaTests.Order("WO-1", now.AddHours(-1), id) with { ClosedAt = now });
        var first = (await Scorecard(id).GetAsync()).Period;

        var next = now.AddMonths(1);
        await Scorecard(id).RecordOrderAsync(ScorecardFormulaTests.Order("WO-2", next.AddHours(-1), id) with { ClosedAt = next, Overdue = true });

        var detail = await Scorecard(id).GetDetailAsync();
        Assert.NotEqual(first, detail.Current.Period);
        var kept = Assert.Single(detail.History);
        Assert.Equal((first, 100m, 1), (kept.Period, kept.Score, kept.Figures.OrdersClosed));
        Assert.Equal(1, detail.Current.Figures.OrdersClosed);
    }

    [Fact]
    public async Task An_assessment_repeats_harmlessly_but_other_values_for_the_period_conflict()
    {
        var id = await ContractAsync();
        var period = (await Scorecard(id).GetAsync()).Period;
        var assessment = new ContractAssessment(period, 70m, "第三方評估公司", Today, "PG-1");

        var first = await Scorecard(id).RecordAssessmentAsync(assessment, "housing");
        var again = await Scorecard(id).RecordAssessmentAsync(assessment, "housing");

        Assert.Equal(91m, first.Score); // 30 under 100 × 0.3 = 9
        Assert.Equal(first.Score, again.Score);
        Assert.Equal("housing", first.Assessment!.RecordedBy);
        await Assert.ThrowsAsync<ConflictException>(() => Scorecard(id).RecordAssessmentAsync(assessment with { Score = 71m }, "housing"));
        Assert.Equal("score", (await Assert.ThrowsAsync<ValidationException>(() => Scorecard(id).RecordAssessmentAsync(assessment with { Score = 101m }, "housing"))).Field);
        Assert.Single((await Scorecard(id).GetDetailAsync()).Assessments);
        await Assert.ThrowsAsync<NotFoundException>(() => Scorecard("HT-NEVER").GetAsync());
    }

    [Fact]
    public async Task The_pool_ranks_contracts_lowest_first_and_a_suspended_company_is_no_candidate()
    {
        var (good, poor) = (await ContractAsync(), await ContractAsync(TestPool.Codes[1]));
        var period = (await Scorecard(poor).GetAsync()).Period;
        await Scorecard(poor).RecordDeductionAsync(new BreachDeduction("KK-1", period, 20_000m, "未按合同配備保安"), "housing");

        var view = await EventuallyAsync(Pool.GetAsync, p => p.Ranking.Any(l => l.ContractId == poor && l.Score < 100) && p.Ranking.Any(l => l.ContractId == good));
        var ranks = view.Ranking.Select(l => l.ContractId).ToList();
        Assert.True(ranks.IndexOf(poor) < ranks.IndexOf(good));
        Assert.Equal(ScoreFactor.Deductions, view.Ranking.Single(l => l.ContractId == poor).TopFactor);
        Assert.Contains(view.Companies.Single(c => c.Company.Company.CreditCode == TestPool.Codes[1]).Contracts, l => l.ContractId == poor);

        const string extra = "91440101MA59SUSP9X";
        await Pool.AdmitAsync(new PropertyCompany("暫停物業", extra), "測試", "housing");
        await Pool.SetStandingAsync(extra, PoolStanding.Suspended, "考核不合格", "housing");
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Pool.CheckTenderAsync(new PropertyCompany("廣州安居物業", TestPool.Codes[0]), new TenderRecord([TestPool.Codes[0], TestPool.Codes[1], extra], Today, "ZB")));
        Assert.Equal("tender.candidates", refused.Field);
        await Pool.AdmitAsync(new PropertyCompany("暫停物業", extra), "測試", "housing"); // re-admitted
        await Pool.CheckTenderAsync(new PropertyCompany("廣州安居物業", TestPool.Codes[0]), new TenderRecord([TestPool.Codes[0], TestPool.Codes[1], extra], Today, "ZB"));
        await Assert.ThrowsAsync<NotFoundException>(() => Pool.SetStandingAsync("91440101MA59NEVER9", PoolStanding.Removed, "r", "housing"));
    }

    [Fact]
    public async Task A_contract_from_outside_the_pool_is_refused_and_nothing_is_stored()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = Fresh.EstateId("HT");
        var contract = fixture.Grains.GetGrain<IPropertyContractGrain>(Keys.Contract(id));
        var terms = new PropertyContractTerms(new PropertyCompany("庫外物業", "91440101MA59OUTS9X"), estateId, null, 3, 2.8m,
            new ContractTerm(Today, Today.AddYears(1)), SelectionMethod.DirectAppointment, "應急接管");

        Assert.Equal("company.creditCode", (await Assert.ThrowsAsync<ValidationException>(() => contract.CreateAsync(terms))).Field);
        await Assert.ThrowsAsync<NotFoundException>(() => contract.GetAsync());
    }
}
