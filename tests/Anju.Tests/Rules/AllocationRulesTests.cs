using Anju.Allocation;
using Anju.Errors;
using Anju.Residency;
using Anju.Residency.Registration;

namespace Anju.Tests.Rules;

/// <summary>Fair allocation's rules: eligibility checks against configured criteria, points, the ranking (priority tier,
/// then points, then the day applied, then the id), the public list frozen for its period, allocation only in rank order
/// unless a second person's exception is used; and second-address registration's steps and counts.</summary>
public class AllocationRulesTests
{
    private static readonly AllocationOptions Options = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static ApplicationForm Form(string id, int size = 3, IncomeBand band = IncomeBand.LowIncome, int years = 5, double area = 8,
        DateOnly? applied = null, params PriorityCategory[] priorities) =>
        new(id, new Applicant("張三豐", "440106199001011234", null), size, band, years, area, priorities, applied ?? new DateOnly(2026, 3, 1));

    private static Application Eligible(ApplicationForm form) =>
        new(form, ApplicationStatus.Eligible, [], EligibilityRules.Points(form, Options), []);

    [Fact]
    public void An_application_within_the_criteria_fails_no_check()
    {
        Assert.Empty(EligibilityRules.Failures(Form("A1"), Options.For(Estates.TenureType.PublicRental)));
    }

    [Fact]
    public void Each_failed_criterion_is_named()
    {
        var failures = EligibilityRules.Failures(Form("A1", band: IncomeBand.Above, years: 0, area: 20), Options.For(Estates.TenureType.PublicRental));
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.Contains("income", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("residence", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("m²", StringComparison.Ordinal));
    }

    [Fact]
    public void Low_rent_takes_only_the_lowest_incomes_by_default()
    {
        Assert.NotEmpty(EligibilityRules.Failures(Form("A1", band: IncomeBand.LowerMiddle), Options.For(Estates.TenureType.LowRent)));
        Assert.Empty(EligibilityRules.Failures(Form("A1", band: IncomeBand.LowIncome), Options.For(Estates.TenureType.LowRent)));
    }

    [Fact]
    public void Points_count_members_and_years_up_to_their_caps_and_the_income_band()
    {
        Assert.Equal((3 * 5) + 5 + 20, EligibilityRules.Points(Form("A1"), Options));
        Assert.Equal((6 * 5) + 20 + 30, EligibilityRules.Points(Form("A1", size: 9, band: IncomeBand.MinimumLivingAllowance, years: 40), Options));
    }

    [Fact]
    public void The_ranking_is_priority_then_points_then_day_applied_then_id()
    {
        var early = Eligible(Form("A-3", applied: new DateOnly(2025, 1, 1)));
        var late = Eligible(Form("A-1", applied: new DateOnly(2026, 1, 1)));
        var tie = Eligible(Form("A-2", applied: new DateOnly(2026, 1, 1)));
        var morePoints = Eligible(Form("A-4", size: 5, applied: new DateOnly(2026, 6, 1)));
        var priority = Eligible(Form("A-5", size: 1, applied: new DateOnly(2026, 9, 1), priorities: [PriorityCategory.Veteran]));
        var firstPriority = Eligible(Form("A-6", size: 1, applied: new DateOnly(2026, 9, 1), priorities: [PriorityCategory.ModelWorker, PriorityCategory.ElderlyLivingAlone]));
        var waiting = Eligible(Form("A-7")) with { Status = ApplicationStatus.Received };

        var ranked = AllocationRanking.Rank([late, waiting, tie, morePoints, early, priority, firstPriority], Options.Priorities);

        Assert.Equal(["A-6", "A-5", "A-4", "A-3", "A-1", "A-2"], ranked.Select(a => a.Form.ApplicationId));
    }

    [Fact]
    public void The_configured_priority_order_decides_between_categories()
    {
        var options = new AllocationOptions { PriorityOrder = [PriorityCategory.Veteran, PriorityCategory.ElderlyLivingAlone] };
        var veteran = Eligible(Form("A-1", priorities: [PriorityCategory.Veteran]));
        var elderly = Eligible(Form("A-2", priorities: [PriorityCategory.ElderlyLivingAlone]));
        var relocated = Eligible(Form("A-3", size: 6, priorities: [PriorityCategory.Relocated]));

        Assert.Equal(["A-1", "A-2", "A-3"], AllocationRanking.Rank([relocated, elderly, veteran], options.Priorities).Select(a => a.Form.ApplicationId));
    }

    private static (PublicList List, Dictionary<string, Application> Apps) Published(DateTimeOffset at, params Application[] apps)
    {
        var list = PublicLists.Publish(null, AllocationRanking.Rank(apps, Options.Priorities), at, TimeSpan.FromDays(7), "office-1");
        return (list, apps.ToDictionary(a => a.Form.ApplicationId));
    }

    [Fact]
    public void A_public_list_freezes_the_ranking_and_a_second_waits_for_its_period()
    {
        var (list, _) = Published(Now, Eligible(Form("A-1")), Eligible(Form("A-2", size: 5)));
        Assert.Equal((1, Now.AddDays(7)), (list.Number, list.EndsAt));
        Assert.Equal(["A-2", "A-1"], list.Entries.Select(e => e.ApplicationId));
        Assert.Throws<ConflictException>(() => PublicLists.Publish(list, [Eligible(Form("A-3"))], Now.AddDays(6), TimeSpan.FromDays(7), "office-1"));
        Assert.Equal(2, PublicLists.Publish(list, [Eligible(Form("A-3"))], Now.AddDays(7), TimeSpan.FromDays(7), "office-1").Number);
        Assert.Throws<ConflictException>(() => PublicLists.Publish(null, [], Now, TimeSpan.FromDays(7), "office-1"));
    }

    [Fact]
    public void An_objection_is_recorded_once()
    {
        var (list, _) = Published(Now, Eligible(Form("A-1")));
        var objected = PublicLists.Object(list, "A-1", "申請人名下有房", null, "office-1", Now);
        Assert.Single(objected.Objections);
        Assert.Same(objected, PublicLists.Object(objected, "A-1", "申請人名下有房", null, "office-1", Now));
        Assert.Throws<ValidationException>(() => PublicLists.Object(list, "A-9", "x", null, "office-1", Now));
        Assert.Throws<ConflictException>(() => PublicLists.Object(objected, null, "other", objected.Objections[0].ObjectionId, "office-1", Now));
    }

    [Fact]
    public void Allocation_waits_for_the_end_of_the_public_period()
    {
        var (list, apps) = Published(Now, Eligible(Form("A-1")));
        Assert.NotNull(AllocationOrder.Refusal(list, apps, "A-1", null, "office-2", Now.AddDays(6)));
        Assert.Null(AllocationOrder.Refusal(list, apps, "A-1", null, "office-2", Now.AddDays(7)));
    }

    [Fact]
    public void Allocation_out_of_rank_order_is_refused_without_an_exception_by_another_person()
    {
        var (list, apps) = Published(Now, Eligible(Form("A-1", size: 5)), Eligible(Form("A-2", size: 4)), Eligible(Form("A-3", size: 3)));
        var after = Now.AddDays(8);
        Assert.Equal("A-1", AllocationOrder.Next(list, apps));
        Assert.Null(AllocationOrder.Refusal(list, apps, "A-1", null, "office-2", after));
        Assert.Contains("A-1", AllocationOrder.Refusal(list, apps, "A-3", null, "office-2", after), StringComparison.Ordinal);

        var byMe = new AllocationException("EX-1", "A-3", "重病急需", "office-2", Now);
        Assert.NotNull(AllocationOrder.Refusal(list, apps, "A-3", byMe, "office-2", after));
        Assert.Null(AllocationOrder.Refusal(list, apps, "A-3", byMe with { ApprovedBy = "office-1" }, "office-2", after));
        Assert.Equal(["A-1", "A-2"], AllocationOrder.PassedOver(list, apps, "A-3"));
    }

    [Fact]
    public void An_entry_found_ineligible_after_an_objection_or_allocated_is_passed_in_order()
    {
        var (list, apps) = Published(Now, Eligible(Form("A-1", size: 5)), Eligible(Form("A-2", size: 4)), Eligible(Form("A-3", size: 3)));
        apps["A-1"] = apps["A-1"] with { Status = ApplicationStatus.Ineligible };
        apps["A-2"] = apps["A-2"] with { Status = ApplicationStatus.Allocated };
        Assert.Equal("A-3", AllocationOrder.Next(list, apps));
        Assert.Null(AllocationOrder.Refusal(list, apps, "A-3", null, "office-2", Now.AddDays(8)));
        Assert.NotNull(AllocationOrder.Refusal(list, apps, "A-2", null, "office-2", Now.AddDays(8)));
        Assert.NotNull(AllocationOrder.Refusal(list, apps, "A-9", null, "office-2", Now.AddDays(8)));
    }

    [Fact]
    public void One_exception_is_open_per_application_and_its_repeat_answers_it()
    {
        var first = AllocationExceptions.Approve([], "TH", "A-3", "重病急需", "office-1", Now);
        Assert.Equal("EX-TH-1", first.ExceptionId);
        Assert.Same(first, AllocationExceptions.Approve([first], "TH", "A-3", "重病急需", "office-1", Now));
        Assert.Throws<ConflictException>(() => AllocationExceptions.Approve([first], "TH", "A-3", "另一理由", "office-1", Now));
        Assert.Equal("EX-TH-2", AllocationExceptions.Approve([first with { UsedBy = "AL-TH-1" }], "TH", "A-3", "再次破格", "office-1", Now).ExceptionId);
    }

    [Fact]
    public void The_allocated_household_carries_the_application_not_the_name()
    {
        var household = AllocatedHousehold.Of(Form("A-1", band: IncomeBand.MinimumLivingAllowance, priorities: [PriorityCategory.Disability]));
        Assert.Equal(("A-1", 3, SpecialGroups.MinimumLivingAllowance | SpecialGroups.Disability), (household.HeadOfHousehold, household.Size, household.SpecialGroups));
    }

    [Fact]
    public void The_default_options_are_usable_and_bad_ones_are_named()
    {
        Assert.Null(Options.Problem());
        Assert.NotNull(new AllocationOptions { PublicPeriod = TimeSpan.Zero }.Problem());
        Assert.NotNull(new AllocationOptions { PriorityOrder = [PriorityCategory.Veteran, PriorityCategory.Veteran] }.Problem());
    }

    private static MemberRegistration Member(string id, RegistrationStage stage) => new(id, "D1", "湖南省長沙市", stage, []);

    [Fact]
    public void A_member_is_handed_off_before_being_registered()
    {
        Assert.Null(RegistrationRules.Refusal(Member("P1", RegistrationStage.Collected), RegistrationStage.Submitted));
        Assert.NotNull(RegistrationRules.Refusal(Member("P1", RegistrationStage.Collected), RegistrationStage.Registered));
        Assert.Null(RegistrationRules.Refusal(Member("P1", RegistrationStage.Submitted), RegistrationStage.Registered));
        Assert.NotNull(RegistrationRules.Refusal(Member("P1", RegistrationStage.HukouMovedIn), RegistrationStage.Submitted));
    }

    [Fact]
    public void Registration_counts_leave_not_registered_unknown_without_declared_residents()
    {
        var members = new[]
        {
            Member("P1", RegistrationStage.Collected), Member("P2", RegistrationStage.Submitted),
            Member("P3", RegistrationStage.Registered), Member("P4", RegistrationStage.HukouMovedIn),
        };
        Assert.Equal(new RegistrationCounts(1, 2, 6, 10, 1, 1), RegistrationRules.Count(members, 10));
        Assert.Null(RegistrationRules.Count(members, null).NotRegistered);
        Assert.Equal(0, RegistrationRules.Count(members, 2).NotRegistered);
    }
}
