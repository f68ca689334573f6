using Anju.Community;
using Anju.Errors;

namespace Anju.Tests.Rules;

/// <summary>Grid work's rules: a task covers only the grid's dwellings, once each; a dwelling done is recorded once; a
/// mediation has two parties at least and moves open → settled | not settled | referred, not settled → referred, with
/// the referral recorded; the day lists tasks due by today and open mediations; stations' hours make sense.</summary>
public class GridWorkRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly HashSet<string> Grid = ["D1", "D2", "D3"];

    private static InfoTask Task(params string[] dwellings) =>
        TaskRules.Open(new NewInfoTask("核對常住人口", dwellings, Today), "IT-001", Grid, 500, "網格員 黃", Now);

    [Fact]
    public void A_task_names_only_the_grids_dwellings_once_each()
    {
        Assert.Equal("dwellingIds[1]", Assert.Throws<ValidationException>(() => Task("D1", "X9")).Field);
        Assert.Equal("dwellingIds[2]", Assert.Throws<ValidationException>(() => Task("D1", "D2", "D1")).Field);
        Assert.Equal("dwellingIds", Assert.Throws<ValidationException>(() => Task()).Field);
        Assert.Equal("dueOn", Assert.Throws<ValidationException>(() =>
            TaskRules.Open(new NewInfoTask("x", ["D1"], new DateOnly(1999, 12, 31)), "IT-001", Grid, 500, "a", Now)).Field);
        Assert.Equal(["D1", "D2"], Task("D1", "D2").DwellingIds);
    }

    [Fact]
    public void A_dwelling_done_is_recorded_once_and_a_repeat_changes_nothing()
    {
        var task = Task("D1", "D2");
        var done = TaskRules.Visit(task, "D1", "3 人常住", "網格員 黃", Now)!;
        Assert.Single(done.Done);
        Assert.False(done.Complete);
        Assert.Null(TaskRules.Visit(done, "D1", "3 人常住", "someone", Now.AddHours(1)));
        Assert.Throws<ConflictException>(() => TaskRules.Visit(done, "D1", "4 人常住", "someone", Now));
        Assert.Equal("dwellingId", Assert.Throws<ValidationException>(() => TaskRules.Visit(done, "D3", null, "a", Now)).Field);
        Assert.True(TaskRules.Visit(done, "D2", null, "a", Now)!.Complete);
    }

    [Fact]
    public void A_mediation_moves_only_forward_and_a_referral_names_the_centre()
    {
        var parties = new[] { new MediationParty("張三", "13800138000", "D1"), new MediationParty("李四", null, "D2") };
        Assert.Equal("parties", Assert.Throws<ValidationException>(() =>
            MediationRules.Open(new NewMediation([parties[0]], "噪音"), "MD-001", "a", Now)).Field);
        Assert.Equal("parties[1].name", Assert.Throws<ValidationException>(() =>
            MediationRules.Open(new NewMediation([parties[0], new MediationParty(" ", null, null)], "噪音"), "MD-001", "a", Now)).Field);
        var open = MediationRules.Open(new NewMediation(parties, "樓上漏水"), "MD-001", "網格員 黃", Now);
        Assert.True(open.IsOpen);

        Assert.Equal("legalAid", Assert.Throws<ValidationException>(() =>
            MediationRules.Decide(open, new MediationResult(MediationOutcome.ReferredToLegalAid, null, null), "a", Now, Today)).Field);
        Assert.Equal("legalAid.referredOn", Assert.Throws<ValidationException>(() => MediationRules.Decide(open,
            new MediationResult(MediationOutcome.ReferredToLegalAid, null, new LegalAidReferral("天河區法律援助處", Today.AddDays(1), null)), "a", Now, Today)).Field);
        Assert.Equal("outcome", Assert.Throws<ValidationException>(() =>
            MediationRules.Decide(open, new MediationResult(MediationOutcome.Open, null, null), "a", Now, Today)).Field);

        var failed = MediationRules.Decide(open, new MediationResult(MediationOutcome.NotSettled, "雙方分歧大", null), "a", Now, Today)!;
        Assert.False(failed.IsOpen);
        Assert.Null(MediationRules.Decide(failed, new MediationResult(MediationOutcome.NotSettled, "雙方分歧大", null), "b", Now, Today));
        Assert.Throws<ConflictException>(() => MediationRules.Decide(failed, new MediationResult(MediationOutcome.Settled, null, null), "a", Now, Today));
        var referral = new LegalAidReferral("天河區法律援助處", Today, "FY-2026-118");
        var referred = MediationRules.Decide(failed, new MediationResult(MediationOutcome.ReferredToLegalAid, null, referral), "a", Now, Today)!;
        Assert.Equal((MediationOutcome.ReferredToLegalAid, referral), (referred.Outcome, referred.LegalAid));
        Assert.Equal(3, referred.Steps.Count);
        Assert.Throws<ConflictException>(() => MediationRules.Decide(referred, new MediationResult(MediationOutcome.Settled, null, null), "a", Now, Today));
    }

    [Fact]
    public void The_day_lists_tasks_due_by_today_not_complete_and_open_mediations()
    {
        var late = Task("D1", "D2") with { TaskId = "IT-001", DueOn = Today.AddDays(-2) };
        var dueToday = Task("D3") with { TaskId = "IT-002" };
        var later = Task("D1") with { TaskId = "IT-003", DueOn = Today.AddDays(3) };
        var complete = TaskRules.Visit(Task("D2") with { TaskId = "IT-004", DueOn = Today.AddDays(-1) }, "D2", null, "a", Now)!;
        var open = MediationRules.Open(new NewMediation([new("甲", null, null), new("乙", null, null)], "停車"), "MD-001", "a", Now.AddDays(-4));
        var settled = MediationRules.Decide(open with { MediationId = "MD-002" }, new MediationResult(MediationOutcome.Settled, null, null), "a", Now, Today)!;

        var day = GridDay.Of(Today, [later, complete, dueToday, late], [open, settled], at => DateOnly.FromDateTime(at.UtcDateTime));
        Assert.Equal(["IT-001", "IT-002"], day.TasksDue.Select(t => t.TaskId));
        Assert.Equal((2, true), (day.TasksDue[0].Remaining, day.TasksDue[0].Overdue));
        Assert.False(day.TasksDue[1].Overdue);
        Assert.Equal((1, 4), (day.MediationsOpen, day.MediationsOldestDays));
        Assert.Null(day.IncidentsBreaching);
    }

    [Fact]
    public void A_stations_hours_open_before_they_close_and_do_not_overlap()
    {
        var nine = new TimeOnly(9, 0);
        ServiceStation Station(params OpeningHours[] hours) => new("S1", "棠下社區服務站", "棠下街1號", [new StationStaff("周", "站長", "13800138000")], hours, ["代辦"]);
        Assert.Equal("hours[0]", Assert.Throws<ValidationException>(() => StationRules.Check(Station(new OpeningHours(DayOfWeek.Monday, nine, nine)))).Field);
        Assert.Equal("hours", Assert.Throws<ValidationException>(() => StationRules.Check(Station(
            new OpeningHours(DayOfWeek.Monday, nine, new(12, 0)), new OpeningHours(DayOfWeek.Monday, new(11, 30), new(17, 0))))).Field);
        var ok = StationRules.Check(Station(new OpeningHours(DayOfWeek.Sunday, nine, new(12, 0)), new OpeningHours(DayOfWeek.Monday, new(14, 0), new(17, 0)), new OpeningHours(DayOfWeek.Monday, nine, new(12, 0))));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Sunday], ok.Hours.Select(h => h.Day));
        Assert.True(StationRules.Same(ok, StationRules.Check(ok)));
    }
}
