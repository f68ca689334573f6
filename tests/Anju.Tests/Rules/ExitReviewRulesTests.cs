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
        var (next, steps) = ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.Decide, c.Version, "officer-1") { Decision = ExitDecision.Exit, Reason = "轉租屬實" }, T0.AddDays(5), Options);
        var step = Assert.Single(steps);

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
        Assert.Equal(ExitReviewStage.ReadyToCarryOut, second.Stage); // final: ready at once, nothing for the clock to do
        Assert.Null(AppealWindows.End(second, T0.AddYears(1)));
        Assert.Throws<ConflictException>(() => Step(second, ExitReviewAction.Appeal, T0.AddDays(21)));
        Assert.Equal(ExitReviewStage.CarriedOut, Step(second, ExitReviewAction.CarryOut, T0.AddDays(21)).Stage); // no second window
    }

    [Fact]
    public void A_keep_decision_closes_the_case_at_once_recorded_as_its_own_step_and_is_not_appealed_or_carried_out()
    {
        var heard = Step(Step(Opened(), ExitReviewAction.ServeNotice, T0), ExitReviewAction.HoldHearing, T0.AddDays(3));
        var (kept, steps) = ExitReviewRules.Apply(heard, new ExitReviewCommand(ExitReviewAction.Decide, heard.Version, "officer-1") { Decision = ExitDecision.Keep, Reason = "已整改" }, T0.AddDays(5), Options);

        Assert.Equal((ExitReviewStage.Closed, ExitDecision.Keep, heard.Version + 1, false), (kept.Stage, kept.Decision, kept.Version, kept.IsOpen));
        Assert.Null(kept.AppealUntil);
        Assert.Equal(
            [(ExitReviewAction.Decide, ExitReviewStage.Heard, ExitReviewStage.Decided, "已整改"), (ExitReviewAction.Close, ExitReviewStage.Decided, ExitReviewStage.Closed, ExitReviewRules.KeepCloses)],
            steps.Select(s => (s.Action, s.From, s.To, s.Reason!)));
        Assert.All(steps, s => Assert.Equal(("officer-1", T0.AddDays(5)), (s.Actor, s.At)));
        Assert.Empty(ExitReviewRules.Allowed(kept, T0.AddDays(6)));

        // A case kept before a keep closed it itself is still closed by a person.
        var legacy = kept with { Stage = ExitReviewStage.Decided };
        Assert.Throws<ConflictException>(() => Step(legacy, ExitReviewAction.Appeal, T0.AddDays(6)));
        Assert.Throws<ConflictException>(() => Step(legacy, ExitReviewAction.CarryOut, T0.AddDays(60)));
        Assert.Equal(ExitReviewStage.Closed, Step(legacy, ExitReviewAction.Close, T0.AddDays(6)).Stage);
    }

    [Fact]
    public void Every_step_needs_a_reason_of_bounded_length()
    {
        var c = Opened();
        foreach (var reason in new[] { null, "", "  ", new string('x', ExitReviewRules.MaxReasonLength + 1) })
        {
            Assert.Equal("reason", Assert.Throws<ValidationException>(() => Step(c, ExitReviewAction.ServeNotice, T0, reason: reason)).Field);
        }

        foreach (var action in new[] { ExitReviewAction.HoldHearing, ExitReviewAction.Appeal, ExitReviewAction.CarryOut, ExitReviewAction.Close })
        {
            Assert.Equal("reason", Assert.Throws<ValidationException>(() => ExitReviewRules.Check(new ExitReviewCommand(action, 1, "officer"))).Field);
        }

        Assert.Equal("上門送達", ExitReviewRules.Check(new ExitReviewCommand(ExitReviewAction.ServeNotice, 1, "officer") { Reason = " 上門送達 " }).Reason);
        Assert.Equal(ExitReviewStage.NoticeServed, Step(c, ExitReviewAction.ServeNotice, T0, reason: new string('x', ExitReviewRules.MaxReasonLength)).Stage);
    }

    [Fact]
    public void The_clock_ends_an_unappealed_window_once_and_only_after_it()
    {
        var decided = Decided(ExitDecision.Exit);
        var until = decided.AppealUntil!.Value;
        Assert.Equal(until, AppealWindows.NextDue([decided, Opened(), Decided(ExitDecision.Keep)]));
        Assert.Null(AppealWindows.End(decided, until)); // the last moment of the window is still inside it

        var (ready, step) = AppealWindows.End(decided, until.AddSeconds(1))!.Value;
        Assert.Equal((ExitReviewStage.ReadyToCarryOut, decided.Version + 1, true), (ready.Stage, ready.Version, ready.IsOpen));
        Assert.Equal((ExitReviewAction.AppealWindowEnded, ExitReviewStage.Decided, ExitReviewStage.ReadyToCarryOut, AppealWindows.SystemActor),
            (step.Action, step.From, step.To, step.Actor));
        Assert.Contains(until.ToString("u", System.Globalization.CultureInfo.InvariantCulture), step.Reason);
        Assert.Null(AppealWindows.End(ready, until.AddDays(30))); // a later tick records nothing more
        Assert.Null(AppealWindows.NextDue([ready]));
        Assert.Null(AppealWindows.End(Step(decided, ExitReviewAction.Appeal, T0.AddDays(6)), until.AddDays(1))); // appealed: no window left

        Assert.Throws<ConflictException>(() => Step(ready, ExitReviewAction.Appeal, until.AddSeconds(2)));
        Assert.Equal([ExitReviewAction.CarryOut], ExitReviewRules.Allowed(ready, until.AddSeconds(2)));
        Assert.Equal(ExitReviewStage.CarriedOut, Step(ready, ExitReviewAction.CarryOut, until.AddSeconds(2)).Stage);
        Assert.Equal("action", Assert.Throws<ValidationException>(() => Step(decided, ExitReviewAction.AppealWindowEnded, until.AddSeconds(2))).Field);
    }

    [Fact]
    public void A_stale_version_is_a_conflict_and_bad_input_names_its_field()
    {
        var c = Opened();
        Assert.Throws<ConflictException>(() => ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.ServeNotice, c.Version + 1, "x") { Reason = "r" }, T0, Options));
        var heard = Step(Step(c, ExitReviewAction.ServeNotice, T0), ExitReviewAction.HoldHearing, T0);
        Assert.Equal("decision", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, null)).Field);
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, ExitDecision.Exit, reason: " ")).Field);
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => Step(heard, ExitReviewAction.Decide, T0, ExitDecision.Exit, reason: new string('x', 1001))).Field);
        Assert.Equal("decision", Assert.Throws<ValidationException>(() => Step(c, ExitReviewAction.ServeNotice, T0, ExitDecision.Keep)).Field);
        Assert.Equal("expectedVersion", Assert.Throws<ValidationException>(() =>
            ExitReviewRules.Apply(c, new ExitReviewCommand(ExitReviewAction.ServeNotice, -1, "x") { Reason = "r" }, T0, Options)).Field);
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
        Assert.Contains("EX-1", Assert.Throws<ConflictException>(() => ExitCarryOut.Guard("EX-1", [], ordinary)).Message);
        ExitCarryOut.Guard("EX-1", [], ordinary with { ExitReviewCase = "EX-1" });
        ExitCarryOut.Guard(null, [], ordinary);
        ExitCarryOut.Guard("EX-1", [], new ChangeOccupancy(OccupancyAction.StartRepair, "clerk", null));
        Assert.Throws<ConflictException>(() => ExitCarryOut.Guard("EX-1", [], ordinary with { ExitReviewCase = "EX-2" }));
    }

    [Fact]
    public void A_trigger_still_on_its_way_to_the_book_holds_back_every_exit_step_but_a_cases()
    {
        ExitReviewTrigger[] pending = [new("1-1-101", ExitReviewReason.Sublet, T0, "agency-07", "dwelling/1-1-101/v9")];
        foreach (var action in new[] { OccupancyAction.RequestExit, OccupancyAction.WithdrawExit, OccupancyAction.CompleteExit, OccupancyAction.CancelAllocation })
        {
            var refused = Assert.Throws<ConflictException>(() => ExitCarryOut.Guard(null, pending, new ChangeOccupancy(action, "clerk", null)));
            Assert.Contains("dwelling/1-1-101/v9", refused.Message);
        }

        ExitCarryOut.Guard(null, pending, new ChangeOccupancy(OccupancyAction.StartRepair, "clerk", null));
        ExitCarryOut.Guard("EX-1", pending, new ChangeOccupancy(OccupancyAction.CompleteExit, "officer", null) { ExitReviewCase = "EX-1" });
    }

    [Fact]
    public void The_list_puts_open_cases_first_oldest_first_and_counts_them()
    {
        var a = Opened() with { CaseId = "EX-A", OpenedAt = T0.AddDays(2) };
        var b = Opened() with { CaseId = "EX-B", OpenedAt = T0 };
        var done = Opened() with { CaseId = "EX-C", Stage = ExitReviewStage.Closed, UpdatedAt = T0.AddDays(9) };
        var ready = Opened() with { CaseId = "EX-D", Stage = ExitReviewStage.ReadyToCarryOut, OpenedAt = T0.AddDays(5) };
        var list = ExitReviewListing.Of("TH-0001", [done, a, ready, b]);
        Assert.Equal(["EX-D", "EX-B", "EX-A", "EX-C"], list.Cases.Select(c => c.CaseId)); // ready to carry out first
        Assert.Equal((3, 1, 1, 2), (list.Open, list.Ready, list.ByStage[ExitReviewStage.Closed], list.ByStage[ExitReviewStage.Opened]));
    }
}
