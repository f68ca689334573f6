using Anju.Casework;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

/// <summary>The agency's queues as pure rules: which occupancy change opens which paperwork, rounds and their visits,
/// the chase list and its records, intake steps, and the monthly KPIs.</summary>
public class CaseworkRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static (int, bool) Look(CaseworkState state, params DwellingSummary[] dwellings) => PaperworkRules.Apply(state, dwellings, Now);

    private static DwellingSummary Dwelling(string id, OccupancyState state, RentArrearsStatus rent = RentArrearsStatus.Clear, long version = 1) =>
        new(id, version, state) { Rent = rent };

    [Theory]
    [InlineData(null, OccupancyState.Allocated, PaperworkKind.MoveIn)]
    [InlineData(null, OccupancyState.Vacated, PaperworkKind.Exit)]
    [InlineData(null, OccupancyState.Occupied, null)]
    [InlineData(OccupancyState.Vacant, OccupancyState.Allocated, PaperworkKind.MoveIn)]
    [InlineData(OccupancyState.Vacant, OccupancyState.Occupied, PaperworkKind.MoveIn)]
    [InlineData(OccupancyState.Allocated, OccupancyState.Occupied, null)]
    [InlineData(OccupancyState.ExitRequested, OccupancyState.Vacated, PaperworkKind.Exit)]
    [InlineData(OccupancyState.Occupied, OccupancyState.Vacated, PaperworkKind.Exit)]
    [InlineData(OccupancyState.Occupied, OccupancyState.ExitRequested, null)]
    [InlineData(OccupancyState.Allocated, OccupancyState.Vacant, null)]
    [InlineData(OccupancyState.Vacated, OccupancyState.UnderInspection, null)]
    public void An_occupancy_change_opens_the_paperwork_it_calls_for(OccupancyState? before, OccupancyState now, PaperworkKind? expected) =>
        Assert.Equal(expected, PaperworkRules.Opens(before, now));

    [Fact]
    public void Each_change_opens_one_item_however_often_the_grids_are_read()
    {
        var state = new CaseworkState();
        // The first look takes the states as they are, even an allocated one: the queues watch changes from then on.
        Assert.Equal<(int, bool)>((0, true), Look(state, Dwelling("D1", OccupancyState.Vacant), Dwelling("D2", OccupancyState.Occupied), Dwelling("D3", OccupancyState.Allocated)));
        Assert.Equal<(int, bool)>((1, true), Look(state, Dwelling("D1", OccupancyState.Allocated), Dwelling("D2", OccupancyState.Occupied)));
        Assert.Equal<(int, bool)>((0, false), Look(state, Dwelling("D1", OccupancyState.Allocated), Dwelling("D2", OccupancyState.Occupied)));
        Assert.Equal<(int, bool)>((1, true), Look(state, Dwelling("D1", OccupancyState.Occupied), Dwelling("D2", OccupancyState.Vacated)));
        Assert.Equal<(int, bool)>((1, true), Look(state, Dwelling("D4", OccupancyState.Allocated))); // a dwelling added later
        Assert.Equal([("D1", PaperworkKind.MoveIn), ("D2", PaperworkKind.Exit), ("D4", PaperworkKind.MoveIn)], state.Paperwork.Select(p => (p.DwellingId, p.Kind)));
        Assert.Equal(["PW-000001", "PW-000002", "PW-000003"], state.Paperwork.Select(p => p.ItemId));

        var closed = PaperworkRules.Close(state, "PW-000001", "agency-li", " 已交鑰匙 ", Now);
        Assert.Equal(("agency-li", "已交鑰匙"), (closed.ClosedBy, closed.Note));
        Assert.Equal(closed, PaperworkRules.Close(state, "PW-000001", "someone-else", null, Now.AddHours(1)));
        Assert.Throws<NotFoundException>(() => PaperworkRules.Close(state, "PW-999999", "agency-li", null, Now));
    }

    [Fact]
    public void A_round_covers_known_distinct_dwellings_and_is_on_time_when_its_last_visit_is_by_the_due_day()
    {
        var known = new HashSet<string> { "D1", "D2" };
        var round = RoundRules.Validate(new OpenRound("R1", "十二月巡查", ["D1", "D2"], Today.AddDays(3), "agency-li"), known.Contains, 500, Now);
        Assert.Equal("dwellingIds[1]", Assert.Throws<ValidationException>(() =>
            RoundRules.Validate(new OpenRound("R1", "x", ["D1", "D9"], Today, "a"), known.Contains, 500, Now)).Field);
        Assert.Equal("dwellingIds", Assert.Throws<ValidationException>(() =>
            RoundRules.Validate(new OpenRound("R1", "x", ["D1", "D1"], Today, "a"), known.Contains, 500, Now)).Field);
        Assert.Equal("dueOn", Assert.Throws<ValidationException>(() =>
            RoundRules.Validate(new OpenRound("R1", "x", ["D1"], new DateOnly(1999, 1, 1), "a"), known.Contains, 500, Now)).Field);
        Assert.Throws<ConflictException>(() => RoundRules.SameRound(round, round with { DueOn = Today }));

        Assert.True(RoundRules.IsNewVisit(round, new RecordVisit("R1", "D1", InspectionFinding.Sublet, null, "a")));
        round = RoundRules.AddVisit(round, new RoundVisit("D1", InspectionFinding.Sublet, Now, "a", null));
        Assert.False(RoundRules.IsNewVisit(round, new RecordVisit("R1", "D1", InspectionFinding.Sublet, null, "a")));
        Assert.Throws<ConflictException>(() => RoundRules.IsNewVisit(round, new RecordVisit("R1", "D1", InspectionFinding.Idle, null, "a")));
        Assert.Equal("dwellingId", Assert.Throws<ValidationException>(() => RoundRules.IsNewVisit(round, new RecordVisit("R1", "D9", InspectionFinding.Idle, null, "a"))).Field);
        Assert.False(RoundRules.OnTime(round, Day));

        var late = RoundRules.AddVisit(round, new RoundVisit("D2", InspectionFinding.Idle, Now.AddDays(4), "a", null));
        var early = RoundRules.AddVisit(round, new RoundVisit("D2", InspectionFinding.Idle, Now.AddDays(3), "a", null));
        Assert.False(RoundRules.OnTime(late, Day));
        Assert.True(RoundRules.OnTime(early, Day));
        var findings = RoundRules.Findings([early]);
        Assert.Equal((1, 1, 0), (findings[InspectionFinding.Sublet], findings[InspectionFinding.Idle], findings[InspectionFinding.Damage]));
        Assert.True(RoundRules.VisitCommandId(new string('R', 32), new string('D', 32)).Length <= 64);
    }

    [Fact]
    public void The_chase_list_holds_chased_arrears_serious_first_and_not_yet_chased_before_chased()
    {
        var dwellings = new[]
        {
            (Dwelling("D1", OccupancyState.Occupied, RentArrearsStatus.Chasing), "G1"),
            (Dwelling("D2", OccupancyState.Occupied, RentArrearsStatus.Owing), "G1"),
            (Dwelling("D3", OccupancyState.Occupied, RentArrearsStatus.Serious), "G2"),
            (Dwelling("D4", OccupancyState.Occupied, RentArrearsStatus.Chasing), "G2"),
        };
        var records = new[] { new ChaseRecord("C1", "D1", ChaseOutcome.Promised, Now.AddDays(-10), "a", null, Today.AddDays(-1)) };
        var list = ChaseRules.List(dwellings, records, RentArrearsStatus.Chasing, Today, id => $"P-{id}");
        Assert.Equal(["D3", "D4", "D1"], list.Select(r => r.DwellingId));
        Assert.True(list[2].PromiseBroken);
        Assert.Equal((ChaseOutcome?)ChaseOutcome.Promised, list[2].LastOutcome);
        Assert.Equal("P-D3", list[0].HeadOfHousehold);
    }

    [Fact]
    public void A_chase_record_names_its_promise_day_and_an_escalation_says_why()
    {
        Func<string, bool> known = id => id == "D1";
        Assert.Equal("promisedBy", Assert.Throws<ValidationException>(() =>
            ChaseRules.Validate(new RecordChase("C1", "D1", ChaseOutcome.Promised, null, null, "a"), known, Today, Now)).Field);
        Assert.Equal("promisedBy", Assert.Throws<ValidationException>(() =>
            ChaseRules.Validate(new RecordChase("C1", "D1", ChaseOutcome.Promised, Today.AddDays(-1), null, "a"), known, Today, Now)).Field);
        Assert.Equal("promisedBy", Assert.Throws<ValidationException>(() =>
            ChaseRules.Validate(new RecordChase("C1", "D1", ChaseOutcome.Paid, Today, null, "a"), known, Today, Now)).Field);
        Assert.Equal("note", Assert.Throws<ValidationException>(() =>
            ChaseRules.Validate(new RecordChase("C1", "D1", ChaseOutcome.Escalated, null, " ", "a"), known, Today, Now)).Field);
        Assert.Equal("dwellingId", Assert.Throws<ValidationException>(() =>
            ChaseRules.Validate(new RecordChase("C1", "D9", ChaseOutcome.Contacted, null, null, "a"), known, Today, Now)).Field);
        var ok = ChaseRules.Validate(new RecordChase("C1", "D1", ChaseOutcome.Promised, Today.AddDays(7), "答應月底前交", "a"), known, Today, Now);
        Assert.True(ChaseRules.SameChase(ok, ok with { At = Now.AddMinutes(1) }));
        Assert.Throws<ConflictException>(() => ChaseRules.SameChase(ok, ok with { Outcome = ChaseOutcome.Paid, PromisedBy = null }));
    }

    [Fact]
    public void An_intake_moves_only_forward_and_a_failure_needs_a_reason_and_waits_for_its_exit_review()
    {
        Func<string, bool> known = _ => true;
        var item = IntakeRules.Receive(new ReceiveIntake("I1", "D1", Today.AddDays(-2), false, null, "a"), known, Today, Now);
        Assert.Equal(IntakeStatus.Incomplete, item.Status);
        Assert.Equal("receivedOn", Assert.Throws<ValidationException>(() =>
            IntakeRules.Receive(new ReceiveIntake("I1", "D1", Today.AddDays(1), true, null, "a"), known, Today, Now)).Field);
        Assert.Throws<ConflictException>(() => IntakeRules.Step(item, new StepIntake("I1", IntakeStatus.Passed, null, "a"), Today, Now));
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => IntakeRules.Step(item, new StepIntake("I1", IntakeStatus.Failed, null, "a"), Today, Now)).Field);

        var complete = IntakeRules.Step(item, new StepIntake("I1", IntakeStatus.Complete, null, "a"), Today, Now)!;
        Assert.Null(IntakeRules.Step(complete, new StepIntake("I1", IntakeStatus.Complete, null, "a"), Today, Now));
        var failed = IntakeRules.Step(complete, new StepIntake("I1", IntakeStatus.Failed, "收入超標", "b"), Today, Now)!;
        Assert.Equal((IntakeStatus.Failed, true, (DateOnly?)Today), (failed.Status, failed.EffectPending, failed.DecidedOn));
        Assert.Equal(["a", "a", "b"], failed.Steps.Select(s => s.Actor));
        Assert.Throws<ConflictException>(() => IntakeRules.Step(failed, new StepIntake("I1", IntakeStatus.Passed, null, "a"), Today, Now));
    }

    [Fact]
    public void The_kpis_count_the_month_and_say_null_where_there_is_nothing_to_measure()
    {
        var first = new DateOnly(2026, 12, 1);
        var onTime = new InspectionRound("R1", "t", ["D1"], new DateOnly(2026, 12, 10), "a", Now, [new RoundVisit("D1", InspectionFinding.NoIssue, Now, "a", null)]) { CompletedAt = Now, Agency = "AG-1" };
        var late = onTime with { RoundId = "R2", DueOn = new DateOnly(2026, 12, 5) };
        var open = onTime with { RoundId = "R3", Visits = [], CompletedAt = null };
        var otherMonth = onTime with { RoundId = "R4", DueOn = new DateOnly(2027, 1, 5) };
        var chases = new[]
        {
            new ChaseRecord("C1", "D1", ChaseOutcome.Contacted, Now, "a", null, null) { Agency = "AG-1" },
            new ChaseRecord("C2", "D1", ChaseOutcome.Paid, Now.AddDays(2), "a", null, null) { Agency = "AG-1", ClearedSeenAt = Now.AddDays(2) },
            new ChaseRecord("C3", "D2", ChaseOutcome.Promised, Now, "a", null, Today.AddDays(5)) { Agency = AgencyTag.AnyAgency },
            new ChaseRecord("C4", "D3", ChaseOutcome.Contacted, Now.AddMonths(-1), "a", null, null) { Agency = "AG-1" },
        };
        var intake = new[]
        {
            Decided("I1", "D1", new DateOnly(2026, 11, 28), IntakeStatus.Passed, new DateOnly(2026, 12, 2), "AG-1"),
            Decided("I2", "D2", new DateOnly(2026, 12, 1), IntakeStatus.Failed, new DateOnly(2026, 12, 7), "AG-1"),
            new IntakeItem("I3", "D3", new DateOnly(2026, 12, 1), IntakeStatus.Complete, []),
        };
        var kpis = AgencyKpiRules.Compute(Contract, first, [new CaseworkLog("E1", [onTime, late, open, otherMonth], chases, intake)], Day);
        Assert.Equal((3, 1), (kpis.RoundsDue, kpis.RoundsOnTime));
        Assert.Equal((2, 1, 0.5), (kpis.DwellingsContacted, kpis.PaidAfterContact, kpis.PaidShare));
        Assert.Equal((2, 5.0), (kpis.IntakesDecided, kpis.MedianIntakeDays));
        Assert.Equal(1, kpis.ChaseOutcomes["Paid"]);

        var empty = AgencyKpiRules.Compute(Contract, first, [new CaseworkLog("E1", [], [], [])], Day);
        Assert.Equal((null, null, null), (empty.OnTimeShare, empty.PaidShare, empty.MedianIntakeDays));
        Assert.Equal("month", Assert.Throws<ValidationException>(() => AgencyKpiRules.Month("2026-13")).Field);
        Assert.Equal("month", Assert.Throws<ValidationException>(() => AgencyKpiRules.Month("1999-01")).Field);
    }

    internal static readonly AgencyContract Contract = new("AG-1", "安居", ["E1"], new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));

    internal static IntakeItem Decided(string id, string dwelling, DateOnly received, IntakeStatus to, DateOnly decided, string? agency) =>
        new(id, dwelling, received, to, [new IntakeStep(IntakeStatus.Complete, Now, "a", null), new IntakeStep(to, Now, "a", "r") { Agency = agency }]) { DecidedOn = decided };
}
