using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentSlaTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly SlaWindow Window = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4));

    [Fact]
    public void Default_windows_are_documented_per_severity_with_category_overrides()
    {
        var options = new IncidentOptions();
        var critical = options.WindowFor(IncidentCategory.Parking, IncidentSeverity.Critical);
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)), (critical.Acknowledge, critical.Dispatch, critical.Resolve));
        Assert.Equal(TimeSpan.FromHours(72), options.WindowFor(IncidentCategory.Complaint, IncidentSeverity.Minor).Resolve);
        Assert.Equal(TimeSpan.FromMinutes(5), options.WindowFor(IncidentCategory.Security, IncidentSeverity.Critical).Acknowledge);
        Assert.Equal(TimeSpan.FromDays(30), options.WindowFor(IncidentCategory.IllegalStructure, IncidentSeverity.Minor).Resolve);
        Assert.All(Enum.GetValues<IncidentCategory>(), category => Assert.All(Enum.GetValues<IncidentSeverity>(), severity =>
        {
            var w = options.WindowFor(category, severity);
            Assert.True(w.Acknowledge > TimeSpan.Zero && w.Acknowledge <= w.Dispatch && w.Dispatch <= w.Resolve, $"{category}/{severity}");
        }));
    }

    [Fact]
    public void Deadlines_count_from_collection()
    {
        var d = SlaRules.Start(T0, Window);
        Assert.Equal(new SlaDeadlines(T0.AddMinutes(10), T0.AddMinutes(30), T0.AddHours(4)), d);
        Assert.Equal(T0.AddMinutes(10), SlaRules.NextDue(IncidentStatus.Collected, d));
        Assert.Equal(T0.AddMinutes(30), SlaRules.NextDue(IncidentStatus.Filed, d));
        Assert.Equal(T0.AddHours(4), SlaRules.NextDue(IncidentStatus.InHandling, d));
        Assert.Null(SlaRules.NextDue(IncidentStatus.Closed, d));
    }

    [Fact]
    public void A_stage_breaches_only_while_it_runs_and_once_its_deadline_passed()
    {
        var d = SlaRules.Start(T0, Window);
        Assert.Null(SlaRules.FirstBreach(IncidentStatus.Collected, d, T0.AddMinutes(9)));
        Assert.Equal(SlaStage.Acknowledge, SlaRules.FirstBreach(IncidentStatus.Collected, d, T0.AddMinutes(10)));
        Assert.Null(SlaRules.FirstBreach(IncidentStatus.Filed, d, T0.AddMinutes(20)));
        Assert.Equal(SlaStage.Dispatch, SlaRules.FirstBreach(IncidentStatus.Filed, d, T0.AddMinutes(31)));
        Assert.Equal(SlaStage.Resolve, SlaRules.FirstBreach(IncidentStatus.Feedback, d, T0.AddHours(5)));
        Assert.Null(SlaRules.FirstBreach(IncidentStatus.Voided, d, T0.AddDays(1)));
    }

    [Fact]
    public void A_breach_escalates_one_rung_restarts_the_clock_and_marks_the_case_overdue()
    {
        var c = IncidentLifecycleTests.Case();
        var now = T0.AddMinutes(10);
        var levels = new List<EscalationLevel>();
        for (var i = 0; i < 4; i++)
        {
            var breach = IncidentLifecycle.Breach(c, SlaStage.Acknowledge, Window, now);
            c = breach.Next;
            levels.Add(c.Level);
            Assert.Equal("system", breach.Step.Actor);
            Assert.Contains("Acknowledge", breach.Step.Reason);
            now = c.Deadlines.AcknowledgeBy ?? now;
        }

        Assert.Equal([EscalationLevel.Estate, EscalationLevel.Street, EscalationLevel.District, EscalationLevel.District], levels);
        Assert.True(c.Overdue);
        Assert.Null(c.Deadlines.AcknowledgeBy); // breached at the top: recorded, the clock stops
        Assert.Equal(5, c.Version);
    }

    [Fact]
    public void Two_clocks_running_out_together_climb_one_rung_per_window()
    {
        var window = new SlaWindow(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40), TimeSpan.FromHours(72));
        var c = IncidentLifecycleTests.Case() with { Deadlines = SlaRules.Start(T0, window) };
        var climbed = new List<(double, EscalationLevel)>();
        for (var second = 0; second <= 70; second++)
        {
            var now = T0.AddSeconds(second);
            while (SlaRules.FirstBreach(c.Status, c.Deadlines, now) is { } stage)
            {
                c = IncidentLifecycle.Breach(c, stage, window, now).Next;
                climbed.Add((second, c.Level));
            }
        }

        Assert.Equal([(20d, EscalationLevel.Estate), (40d, EscalationLevel.Street), (60d, EscalationLevel.District)], climbed.Take(3));
        Assert.Equal(T0.AddHours(72), c.Deadlines.ResolveBy);
    }
}
