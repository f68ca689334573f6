using Anju.Errors;
using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class ExitReviewRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ExitReviewOptions Options = new();

    private static ExitReviewSummary Opened() =>
        ExitReviewRules.Open("EX-20261201-ABCDEF", new ExitReviewOpening("TH-0001", "G1",
            new ExitReviewTrigger("1-1-101", ExitReviewReason.Deductions, T0, "agency-07", "dwelling/1-1-101/v9")), T0);

    private static ExitReviewSummary Step(ExitReviewSummary c, ExitReviewAction action, DateTimeOffset at, ExitDecision? decision = null, string? reason = "r") =>
        ExitReviewRules.Apply(c, new ExitReviewCommand(action, c.Version, "officer") { Decision = decision, Reason = reason }, at, Options).Next;

    private static ExitReviewSummary Decided(ExitDecision decision)
    {
        var c = Step(Opened(), ExitReviewAction.ServeNotice, T0);
        c = Step(c, ExitReviewAction.HoldHearing, T0.AddDays(3));
        return Step(c, ExitReviewAction.Decide, T0.AddDays(5), decision);
    }

    [Fact]
    public void A_case_moves_notice_hearing_decision_and_records_who_when_and_why()
    {
        var c = Step(Opened(), ExitReviewAction.ServeNotice, T0);
        c = Step(c, ExitReviewAction.HoldHearing, T0.AddDays(3));
        var (next, step) = ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.Decide, c.Version, "officer-1") { Decision = ExitDecision.Exit, Reason = "轉租屬實" }, T0.AddDays(5), Options);

        Assert.Equal((ExitReviewStage.Decided, ExitDecision.Exit, 4L), (next.Stage, next.Decision, next.Version));
        Assert.Equal(T0.AddDays(5) + Options.AppealWindow, next.AppealUntil);
        Assert.Equal((ExitReviewStage.Heard, ExitReviewStage.Decided, "officer-1", "轉租屬實", ExitDecision.Exit), (step.From, step.To, step.Actor, step.Reason, step.Decision));
    }

    [Fact]
    public void The_hearing_needs_the_notice_first_and_a_decision_needs_the_hearing()
    {
        var opened = Opened();
        Assert.Throws<ConflictException>(() => Step(opened, ExitReviewAction.HoldHearing, T0));
        Assert.Throws<ConflictException>(() => Step(opened, ExitReviewAction.Decide, T0, ExitDecision.Exit));
        Assert.Equal([ExitReviewAction.ServeNotice], ExitReviewRules.Allowed(opened, T0));
    }

    [Fact]
    public void An_exit_is_carried_out_only_after_the_appeal_window()
    {
        var decided = Decided(ExitDecision.Exit);
        Assert.Throws<ConflictException>(() => Step(decided, ExitReviewAction.CarryOut, decided.AppealUntil!.Value));
        var done = Step(decided, ExitReviewAction.CarryOut, decided.AppealUntil!.Value.AddSeconds(1));
        Assert.Equal(ExitReviewStage.CarriedOut, done.Stage);
        Assert.False(done.IsOpen);
        Assert.Empty(ExitReviewRules.Allowed(done, T0.AddYears(1)));
    }

    [Fact]
    public void An_appeal_is_taken_once_inside_the_window_and_the_second_decision_is_final()
    {
        var decided = Decided(ExitDecision.Exit);
        Assert.Throws<ConflictException>(() => Step(decided, ExitReviewAction.Appeal, decided.AppealUntil!.Value.AddSeconds(1)));
        var appealed = Step(decided, ExitReviewAction.Appeal, T0.AddDays(10));
        Assert.True(appealed.Appealed);

        var second = Step(appealed, ExitReviewAction.Decide, T0.AddDays(20), ExitDecision.Exit);
        Assert.Null(second.AppealUntil);
        Assert.Throws<ConflictException>(() => Step(second, ExitReviewAction.Appeal, T0.AddDays(21)));
        Assert.Equal(ExitReviewStage.CarriedOut, Step(second, ExitReviewAction.CarryOut, T0.AddDays(21)).Stage); // no second window
    }

    [Fact]
    public void A_keep_decision_closes_the_case_and_is_not_appealed_or_carried_out()
    {
        var kept = Decided(ExitDecision.Keep);
        Assert.Null(kept.AppealUntil);
        Assert.Throws<ConflictException>(() => Step(kept, ExitReviewAction.Appeal, T0.AddDays(6)));
        Assert.Throws<ConflictException>(() => Step(kept, ExitReviewAction.CarryOut, T0.AddDays(60)));
        Assert.Equal(ExitReviewStage.Closed, Step(kept, ExitReviewAction.Close, T0.AddDays(6)).Stage);
    }

    [Fact]
    public void A_stale_version_is_a_conflict_and_bad_input_names_its_field()
    {
        var c = Opened();
        Assert.Throws<ConflictException>(() => ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.ServeNotice, c.Version + 1, "x"), T0, Options));
        var heard = Step(Step(c, ExitReviewAction.ServeNotice, T0), ExitReviewAction.HoldHearing, T0);
        Assert.Equal("decision", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, null)).Field);
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, ExitDecision.Exit, reason: " ")).Field);
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, ExitDecision.Exit, reason: new string('x', 1001))).Field);
        Assert.Equal("decision", Assert.Throws<ValidationException>(() => Step(c, ExitReviewAction.ServeNotice, T0, ExitDecision.Keep)).Field);
        Assert.Equal("expectedVersion", Assert.Throws<ValidationException>(() =>
            ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.ServeNotice, -1, "x"), T0, Options)).Field);
    }

    [Fact]
    public void A_further_trigger_adds_its_reason_once()
    {
        var c = ExitReviewRules.AddReason(Opened(), ExitReviewReason.Sublet, T0);
        c = ExitReviewRules.AddReason(c, ExitReviewReason.Sublet, T0);
        Assert.Equal([ExitReviewReason.Deductions, ExitReviewReason.Sublet], c.Reasons);
        Assert.Equal(3, c.Version);
    }

    [Fact]
    public void A_sublet_finding_triggers_at_once_and_idleness_on_the_second_finding_inside_the_window()
    {
        UsageInspection Idle(int day) => new(T0.AddDays(day), "agency-07", InspectionFinding.Idle, null);
        var sublet = ExitReviewTriggers.OfInspection([], new UsageInspection(T0, "agency-07", InspectionFinding.Sublet, null), OccupancyState.Occupied, "1-1-101", 5, Options);
        Assert.Equal((ExitReviewReason.Sublet, "dwelling/1-1-101/v5", "agency-07"), (sublet!.Reason, sublet.Reference, sublet.Actor));

        Assert.Null(ExitReviewTriggers.OfInspection([], Idle(0), OccupancyState.Occupied, "1-1-101", 5, Options));
        Assert.Equal(ExitReviewReason.Idle, ExitReviewTriggers.OfInspection([Idle(0)], Idle(90), OccupancyState.Occupied, "1-1-101", 6, Options)?.Reason);
        Assert.Null(ExitReviewTriggers.OfInspection([Idle(0)], Idle(200), OccupancyState.Occupied, "1-1-101", 6, Options)); // the first is too old
        Assert.Null(ExitReviewTriggers.OfInspection([], new UsageInspection(T0, "a", InspectionFinding.Damage, null), OccupancyState.Occupied, "1-1-101", 5, Options));
        Assert.Null(ExitReviewTriggers.OfInspection([], new UsageInspection(T0, "a", InspectionFinding.Sublet, null), OccupancyState.Vacant, "1-1-101", 5, Options)); // nobody to review
    }

    [Fact]
    public void Only_a_crossing_into_the_exit_level_triggers()
    {
        var entry = new DeductionEntry(T0, 6, "NOISE", "agency-07");
        DeductionStanding At(int total, DeductionLevel level) => new(total, level);
        Assert.Null(ExitReviewTriggers.OfDeduction(new DeductionCrossing(entry, At(0, DeductionLevel.None), At(6, DeductionLevel.Warning)), OccupancyState.Occupied, "d", 2));
        Assert.Null(ExitReviewTriggers.OfDeduction(new DeductionCrossing(entry, At(12, DeductionLevel.ExitReview), At(18, DeductionLevel.ExitReview)), OccupancyState.Occupied, "d", 2));
        var crossed = ExitReviewTriggers.OfDeduction(new DeductionCrossing(entry, At(6, DeductionLevel.Warning), At(12, DeductionLevel.ExitReview)), OccupancyState.Occupied, "d", 2);
        Assert.Equal((ExitReviewReason.Deductions, "dwelling/d/v2"), (crossed!.Reason, crossed.Reference));
    }

    [Fact]
    public void Carrying_out_moves_the_household_out_from_wherever_it_is_and_the_last_step_carries_the_case_id()
    {
        Assert.Equal([(OccupancyAction.RequestExit, "EX-1-request"), (OccupancyAction.CompleteExit, "EX-1")], ExitCarryOut.Steps(OccupancyState.Occupied, "EX-1"));
        Assert.Equal([(OccupancyAction.CompleteExit, "EX-1")], ExitCarryOut.Steps(OccupancyState.ExitRequested, "EX-1"));
        Assert.Equal([(OccupancyAction.CancelAllocation, "EX-1")], ExitCarryOut.Steps(OccupancyState.Allocated, "EX-1"));
        Assert.Empty(ExitCarryOut.Steps(OccupancyState.Vacated, "EX-1"));
    }

    [Fact]
    public void An_open_case_holds_back_every_exit_step_but_its_own()
    {
        var ordinary = new ChangeOccupancy(OccupancyAction.RequestExit, "clerk", null);
        Assert.Contains("EX-1", Assert.Throws<ConflictException>(() => ExitCarryOut.Guard("EX-1", ordinary)).Message);
        ExitCarryOut.Guard("EX-1", ordinary with { ExitReviewCase = "EX-1" });
        ExitCarryOut.Guard(null, ordinary);
        ExitCarryOut.Guard("EX-1", new ChangeOccupancy(OccupancyAction.StartRepair, "clerk", null));
        Assert.Throws<ConflictException>(() => ExitCarryOut.Guard("EX-1", ordinary with { ExitReviewCase = "EX-2" }));
    }

    [Fact]
    public void The_list_puts_open_cases_first_oldest_first_and_counts_them()
    {
        var a = Opened() with { CaseId = "EX-A", OpenedAt = T0.AddDays(2) };
        var b = Opened() with { CaseId = "EX-B", OpenedAt = T0 };
        var done = Opened() with { CaseId = "EX-C", Stage = ExitReviewStage.Closed, UpdatedAt = T0.AddDays(9) };
        var list = ExitReviewListing.Of("TH-0001", [done, a, b]);
        Assert.Equal(["EX-B", "EX-A", "EX-C"], list.Cases.Select(c => c.CaseId));
        Assert.Equal((2, 1, 2), (list.Open, list.ByStage[ExitReviewStage.Closed], list.ByStage[ExitReviewStage.Opened]));
    }
}
