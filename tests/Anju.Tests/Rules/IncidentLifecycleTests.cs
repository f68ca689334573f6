using Anju.Errors;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentLifecycleTests
{
    internal static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    internal static readonly IncidentRoute Route = new IncidentOptions().RouteFor(IncidentCategory.Parking);
    internal static readonly SlaWindow Window = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4));

    internal static IncidentSummary Case(IncidentStatus status = IncidentStatus.Collected, EscalationLevel level = EscalationLevel.Grid,
        IncidentSource source = IncidentSource.Resident, long version = 1) =>
        new("IN-20261128-ABCDEF", version, IncidentCategory.Parking, IncidentSeverity.Minor, source, status, level,
            new IncidentLocation("TH-0001", "G1"), "車輛堵塞消防通道", SlaRules.Start(T0, Window), T0, T0);

    private static IncidentCommand Cmd(IncidentAction action, long version = 1) => new(action, version, "網格員 李");

    [Theory]
    [InlineData(IncidentStatus.Collected, IncidentAction.Acknowledge, IncidentStatus.Filed)]
    [InlineData(IncidentStatus.Filed, IncidentAction.Dispatch, IncidentStatus.Dispatched)]
    [InlineData(IncidentStatus.Dispatched, IncidentAction.Accept, IncidentStatus.InHandling)]
    [InlineData(IncidentStatus.Feedback, IncidentAction.Close, IncidentStatus.Closed)]
    [InlineData(IncidentStatus.InHandling, IncidentAction.Escalate, IncidentStatus.InHandling)]
    public void Legal_step_leads_to_the_documented_status(IncidentStatus from, IncidentAction action, IncidentStatus to) =>
        Assert.Equal(to, IncidentLifecycle.Next(from, action, IncidentSource.Resident));

    [Theory]
    [InlineData(IncidentStatus.Collected, IncidentAction.Dispatch)]
    [InlineData(IncidentStatus.Filed, IncidentAction.Close)]
    [InlineData(IncidentStatus.Filed, IncidentAction.Void)]
    [InlineData(IncidentStatus.InHandling, IncidentAction.Close)]
    [InlineData(IncidentStatus.Closed, IncidentAction.Escalate)]
    [InlineData(IncidentStatus.Voided, IncidentAction.Acknowledge)]
    [InlineData(IncidentStatus.Evaluated, IncidentAction.Evaluate)]
    public void Illegal_step_is_refused_with_a_conflict(IncidentStatus from, IncidentAction action) =>
        Assert.Contains(action.ToString(), Assert.Throws<ConflictException>(() => IncidentLifecycle.Next(from, action, IncidentSource.Resident)).Message);

    [Fact]
    public void The_whole_case_flow_records_actor_time_and_status_at_every_step()
    {
        var c = Case();
        var steps = new List<IncidentStep>();
        void Do(IncidentCommand cmd, int minutes)
        {
            var t = IncidentLifecycle.Apply(c, cmd with { ExpectedVersion = c.Version }, Route, T0.AddMinutes(minutes));
            c = t.Next;
            steps.Add(t.Step);
        }

        Do(Cmd(IncidentAction.Acknowledge), 5);
        Do(Cmd(IncidentAction.Dispatch), 10);
        Do(Cmd(IncidentAction.Accept), 15);
        Do(Cmd(IncidentAction.Feedback) with { Note = "已挪車" }, 40);
        Do(Cmd(IncidentAction.SendBack) with { Reason = "仍有車輛", Approver = ApproverRole.GridLeader }, 50);
        Do(Cmd(IncidentAction.Feedback) with { Note = "全部挪走" }, 70);
        Do(Cmd(IncidentAction.Close), 80);
        Do(Cmd(IncidentAction.Evaluate) with { Rating = 4 }, 90);

        Assert.Equal(IncidentStatus.Evaluated, c.Status);
        Assert.Equal(9, c.Version);
        Assert.Equal(T0.AddMinutes(5), c.AcknowledgedAt);
        Assert.Equal(T0.AddMinutes(80), c.ClosedAt);
        Assert.Equal(ResponsibleParty.PropertyCompany, c.AssignedTo);
        Assert.Equal(4, c.Rating);
        Assert.Equal(new SlaDeadlines(null, null, null), c.Deadlines);
        Assert.All(steps, s => Assert.Equal("網格員 李", s.Actor));
        Assert.Equal(ApproverRole.GridLeader, steps[4].Approver);
        Assert.Equal(IncidentStatus.InHandling, steps[4].Status);
    }

    [Fact]
    public void A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        var c = Case(version: 3);
        var error = Assert.Throws<ConflictException>(() => IncidentLifecycle.Apply(c, Cmd(IncidentAction.Acknowledge, version: 2), Route, T0));
        Assert.Contains("changed by someone else", error.Message);
        Assert.Equal(IncidentStatus.Collected, c.Status);
    }

    [Theory]
    [InlineData(IncidentAction.Void, "reason")]
    [InlineData(IncidentAction.Escalate, "reason")]
    [InlineData(IncidentAction.Extend, "reason")]
    public void Voids_escalations_and_extensions_need_a_reason(IncidentAction action, string field) =>
        Assert.Equal(field, Assert.Throws<ValidationException>(() => IncidentLifecycle.Apply(Case(), Cmd(action) with { Approver = ApproverRole.DistrictSupervisor }, Route, T0)).Field);

    [Fact]
    public void A_void_needs_an_approver_at_the_cases_level_or_above()
    {
        var atStreet = Case(level: EscalationLevel.Street);
        var cmd = Cmd(IncidentAction.Void) with { Reason = "重複報告" };
        Assert.Equal("approver", Assert.Throws<ValidationException>(() => IncidentLifecycle.Apply(atStreet, cmd, Route, T0)).Field);
        Assert.Equal("approver", Assert.Throws<ValidationException>(() =>
            IncidentLifecycle.Apply(atStreet, cmd with { Approver = ApproverRole.EstateSupervisor }, Route, T0)).Field);

        var voided = IncidentLifecycle.Apply(atStreet, cmd with { Approver = ApproverRole.StreetSupervisor }, Route, T0);
        Assert.Equal(IncidentStatus.Voided, voided.Next.Status);
        Assert.Equal("重複報告", voided.Step.Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Evaluation_outside_1_to_5_is_refused(int rating) =>
        Assert.Equal("rating", Assert.Throws<ValidationException>(() =>
            IncidentLifecycle.Apply(Case(IncidentStatus.Closed), Cmd(IncidentAction.Evaluate) with { Rating = rating }, Route, T0)).Field);

    [Fact]
    public void Escalation_climbs_one_rung_at_a_time_and_stops_at_the_district()
    {
        var c = Case(IncidentStatus.Filed);
        var cmd = Cmd(IncidentAction.Escalate) with { Reason = "涉及多個網格" };
        foreach (var expected in new[] { EscalationLevel.Estate, EscalationLevel.Street, EscalationLevel.District })
        {
            c = IncidentLifecycle.Apply(c, cmd with { ExpectedVersion = c.Version }, Route, T0).Next;
            Assert.Equal(expected, c.Level);
        }

        Assert.Throws<ConflictException>(() => IncidentLifecycle.Apply(c, cmd with { ExpectedVersion = c.Version }, Route, T0));
    }

    [Fact]
    public void De_escalation_is_never_silent_it_needs_reason_and_approver_and_is_recorded()
    {
        var c = Case(IncidentStatus.Filed, EscalationLevel.Street);
        Assert.Equal("reason", Assert.Throws<ValidationException>(() => IncidentLifecycle.Apply(c, Cmd(IncidentAction.DeEscalate), Route, T0)).Field);
        var down = IncidentLifecycle.Apply(c, Cmd(IncidentAction.DeEscalate) with { Reason = "屬網格內小事", Approver = ApproverRole.StreetSupervisor }, Route, T0);
        Assert.Equal(EscalationLevel.Estate, down.Next.Level);
        Assert.Equal("DeEscalate", down.Step.Action);
        Assert.Throws<ConflictException>(() => IncidentLifecycle.Apply(Case(IncidentStatus.Filed),
            Cmd(IncidentAction.DeEscalate) with { Reason = "x", Approver = ApproverRole.DistrictSupervisor }, Route, T0));
    }

    [Fact]
    public void Only_a_device_alarm_can_be_cleared()
    {
        Assert.Throws<ConflictException>(() => IncidentLifecycle.Apply(Case(), Cmd(IncidentAction.Clear), Route, T0));
        var cleared = IncidentLifecycle.Apply(Case(source: IncidentSource.Device), Cmd(IncidentAction.Clear), Route, T0.AddMinutes(3));
        Assert.Equal(IncidentStatus.Closed, cleared.Next.Status);
        Assert.Equal(T0.AddMinutes(3), cleared.Next.ClosedAt);
    }

    [Fact]
    public void Extension_moves_the_resolve_deadline_and_needs_an_approver()
    {
        var c = Case(IncidentStatus.InHandling);
        var cmd = Cmd(IncidentAction.Extend) with { Reason = "等待配件", Extension = TimeSpan.FromHours(2) };
        Assert.Equal("approver", Assert.Throws<ValidationException>(() => IncidentLifecycle.Apply(c, cmd, Route, T0)).Field);
        var extended = IncidentLifecycle.Apply(c, cmd with { Approver = ApproverRole.GridLeader }, Route, T0);
        Assert.Equal(T0.AddHours(6), extended.Next.Deadlines.ResolveBy);
        Assert.Equal("extension", Assert.Throws<ValidationException>(() =>
            IncidentLifecycle.Apply(c, cmd with { Approver = ApproverRole.GridLeader, Extension = TimeSpan.FromDays(31) }, Route, T0)).Field);
    }

    [Fact]
    public void Dispatch_goes_to_the_routed_party_unless_another_is_named()
    {
        var filed = Case(IncidentStatus.Filed);
        Assert.Equal(ResponsibleParty.PropertyCompany, IncidentLifecycle.Apply(filed, Cmd(IncidentAction.Dispatch), Route, T0).Next.AssignedTo);
        Assert.Equal(ResponsibleParty.PoliceStation, IncidentLifecycle.Apply(filed,
            Cmd(IncidentAction.Dispatch) with { Assignee = ResponsibleParty.PoliceStation }, Route, T0).Next.AssignedTo);
    }
}
