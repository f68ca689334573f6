using Anju.Casework;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

/// <summary>An agency's monthly KPIs count only its own records inside its term, cut in the city's days; the assessment
/// holds them to the contract's targets; the intake-due list comes from the grids' summaries; a changed use opens an
/// exit review.</summary>
public class AgencyAssessmentTests
{
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly CaseworkOptions City = new();

    private static AgencyKpis Kpis(params ChaseRecord[] chases) =>
        AgencyKpiRules.Compute(CaseworkRulesTests.Contract, December, [new CaseworkLog("E1", [], chases, [])], City.CityDay);

    private static ChaseRecord Chase(string id, string dwelling, ChaseOutcome outcome, DateTimeOffset at, string? agency) =>
        new(id, dwelling, outcome, at, "a", null, null) { Agency = agency };

    [Fact]
    public void Only_the_agencys_own_records_count_not_the_housing_offices_nor_another_contracts()
    {
        var kpis = Kpis(
            Chase("C1", "D1", ChaseOutcome.Contacted, Now, "AG-1"),
            Chase("C2", "D1", ChaseOutcome.Paid, Now.AddDays(1), null), // the housing office recorded the payment
            Chase("C3", "D2", ChaseOutcome.Contacted, Now, null),
            Chase("C4", "D3", ChaseOutcome.Contacted, Now, "AG-2"),
            Chase("C5", "D4", ChaseOutcome.Promised, Now, AgencyTag.AnyAgency),
            Chase("C6", "D4", ChaseOutcome.Paid, Now.AddDays(1), AgencyTag.AnyAgency) with { ClearedSeenAt = Now.AddDays(1) });
        Assert.Equal((2, 1), (kpis.DwellingsContacted, kpis.PaidAfterContact));
        Assert.Equal(1, kpis.ChaseOutcomes["Paid"]);

        var intake = new[]
        {
            CaseworkRulesTests.Decided("I1", "D1", new DateOnly(2026, 12, 1), IntakeStatus.Passed, new DateOnly(2026, 12, 3), "AG-1"),
            CaseworkRulesTests.Decided("I2", "D2", new DateOnly(2026, 12, 1), IntakeStatus.Passed, new DateOnly(2026, 12, 20), null),
        };
        var rounds = new[]
        {
            new InspectionRound("R1", "t", ["D1"], new DateOnly(2026, 12, 10), "a", Now, []) { Agency = "AG-1" },
            new InspectionRound("R2", "t", ["D1"], new DateOnly(2026, 12, 10), "o", Now, []),
        };
        var both = AgencyKpiRules.Compute(CaseworkRulesTests.Contract, December, [new CaseworkLog("E1", rounds, [], intake)], City.CityDay);
        Assert.Equal((1, 1, 2.0), (both.RoundsDue, both.IntakesDecided, both.MedianIntakeDays));
    }

    [Fact]
    public void A_paid_record_counts_once_the_dwellings_arrears_are_seen_clear()
    {
        var paid = Chase("C2", "D1", ChaseOutcome.Paid, Now.AddDays(1), "AG-1");
        var chases = new Dictionary<string, ChaseRecord>(StringComparer.Ordinal) { ["C1"] = Chase("C1", "D1", ChaseOutcome.Contacted, Now, "AG-1"), ["C2"] = paid };
        Assert.Equal(0, Kpis([.. chases.Values]).PaidAfterContact); // the agency's word alone

        var later = Now.AddDays(2);
        DwellingSummary D1(RentArrearsStatus rent) => new("D1", 2, OccupancyState.Occupied) { Rent = rent };
        Assert.Equal(0, ChaseRules.Reconcile(chases, [D1(RentArrearsStatus.Chasing)], later)); // still owing
        Assert.Equal(1, ChaseRules.Reconcile(chases, [D1(RentArrearsStatus.Clear)], later));
        Assert.Equal(later, chases["C2"].ClearedSeenAt);
        Assert.Equal(0, ChaseRules.Reconcile(chases, [D1(RentArrearsStatus.Clear)], later.AddDays(1))); // seen once
        Assert.Equal(1, Kpis([.. chases.Values]).PaidAfterContact);
    }

    [Fact]
    public void Days_are_the_citys_and_records_outside_the_term_do_not_count()
    {
        // 2026-11-30 17:00 UTC is 1 December, 01:00 in the city: a December contact.
        var lateNight = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(1, Kpis(Chase("C1", "D1", ChaseOutcome.Contacted, lateNight, "AG-1")).DwellingsContacted);
        Assert.Equal(0, Kpis(Chase("C1", "D1", ChaseOutcome.Contacted, lateNight.AddHours(-2), "AG-1")).DwellingsContacted); // 30 November, 23:00 in the city

        var ended = CaseworkRulesTests.Contract with { End = new DateOnly(2026, 12, 5) };
        var kpis = AgencyKpiRules.Compute(ended, December, [new CaseworkLog("E1", [], [Chase("C1", "D1", ChaseOutcome.Contacted, Now, "AG-1")], [])], City.CityDay);
        Assert.Equal(0, kpis.DwellingsContacted); // 7 December is after the term
    }

    [Fact]
    public void The_assessment_meets_or_misses_each_target_and_grades_the_month()
    {
        var targets = AgencyTargets.Default;
        AgencyKpis K(double? onTime, double? paid, double? days) => new("AG-1", "2026-12", 0, 0, onTime, 0, 0, paid, 0, days, new Dictionary<string, int>());

        var good = AgencyAssessmentRules.Assess(K(0.9, 0.5, 10), targets);
        Assert.Equal(AgencyGrade.Good, good.Grade);
        Assert.All(good.Results, r => Assert.Equal(KpiVerdict.Met, r.Verdict));

        var fair = AgencyAssessmentRules.Assess(K(0.89, 0.8, null), targets);
        Assert.Equal(AgencyGrade.Fair, fair.Grade);
        Assert.Equal([KpiVerdict.Missed, KpiVerdict.Met, KpiVerdict.NotMeasured], fair.Results.Select(r => r.Verdict));

        Assert.Equal(AgencyGrade.Poor, AgencyAssessmentRules.Assess(K(0.5, 0.1, 10.5), targets).Grade);
        Assert.Equal(AgencyGrade.NotMeasured, AgencyAssessmentRules.Assess(K(null, null, null), targets).Grade);
        Assert.Equal(AgencyGrade.Good, AgencyAssessmentRules.Assess(K(0.6, null, null), targets with { OnTimeShare = 0.6 }).Grade);

        Assert.False(AgencyAssessmentRules.IsOver(December, new DateOnly(2026, 12, 31)));
        Assert.True(AgencyAssessmentRules.IsOver(December, new DateOnly(2027, 1, 1)));
        var signed = good with { SignedBy = "office", Note = "ok" };
        Assert.True(AgencyAssessmentRules.SameSignature(signed, "office", "ok"));
        Assert.Throws<ConflictException>(() => AgencyAssessmentRules.SameSignature(signed, "office", "changed"));
    }

    [Fact]
    public void A_contract_takes_default_targets_and_refuses_targets_out_of_range()
    {
        var contract = CaseworkRulesTests.Contract with { CreatedBy = "office" };
        Assert.Equal(AgencyTargets.Default, AgencyContractRules.Validate(contract).Targets);
        Assert.Equal("targets.onTimeShare", Assert.Throws<ValidationException>(() =>
            AgencyContractRules.Validate(contract with { Targets = AgencyTargets.Default with { OnTimeShare = 1.5 } })).Field);
        Assert.Equal("targets.intakeDays", Assert.Throws<ValidationException>(() =>
            AgencyContractRules.Validate(contract with { Targets = AgencyTargets.Default with { IntakeDays = 0 } })).Field);
        var valid = AgencyContractRules.Validate(contract with { Targets = AgencyTargets.Default with { PaidShare = 0.7 } });
        Assert.Throws<ConflictException>(() => AgencyContractRules.Same(valid, AgencyContractRules.Validate(contract)));
        Assert.True(AgencyContractRules.InTerm(contract, contract.End));
        Assert.False(AgencyContractRules.InTerm(contract, contract.End.AddDays(1)));
    }

    [Fact]
    public void The_intake_due_list_holds_due_and_overdue_reviews_without_papers_in_overdue_first()
    {
        var today = new DateOnly(2026, 12, 7);
        (DwellingSummary, string) D(string id, DateOnly? overdueFrom) => (new DwellingSummary(id, 1, OccupancyState.Occupied) { ReviewOverdueFrom = overdueFrom }, "G1");
        var dwellings = new[]
        {
            D("D1", today.AddDays(10)),  // due 21 days ago, overdue in 10
            D("D2", today.AddDays(-3)),  // overdue
            D("D3", today.AddDays(40)),  // due in 10 days: not yet
            D("D4", null),               // no review expected, or papers received
            D("D5", today.AddDays(-30)), // overdue, but its papers are in the queue
            D("D6", today),              // overdue from today
        };
        var intake = new[] { new IntakeItem("I1", "D5", today.AddDays(-1), IntakeStatus.Incomplete, []) };
        var due = IntakeDueRules.List(dwellings, intake, today, 30);
        Assert.Equal(["D2", "D6", "D1"], due.Select(d => d.DwellingId));
        Assert.Equal((true, true, false), (due[0].Overdue, due[1].Overdue, due[2].Overdue));
        Assert.Equal(today.AddDays(-21), due[2].DueOn);
    }

    [Fact]
    public void A_changed_use_opens_an_exit_review_on_one_finding()
    {
        var found = new UsageInspection(Now, "agency-07", InspectionFinding.UseChanged, "開了小賣部");
        var trigger = ExitReviewTriggers.OfInspection([], found, OccupancyState.Occupied, "1-1-101", 3, new ExitReviewOptions());
        Assert.Equal((ExitReviewReason.UseChanged, "dwelling/1-1-101/v3"), (trigger!.Reason, trigger.Reference));
        Assert.Null(ExitReviewTriggers.OfInspection([], found, OccupancyState.Vacant, "1-1-101", 3, new ExitReviewOptions()));
        Assert.True(InspectionRules.IsIssue(found));
    }
}
