using Anju.Contracts;
using Anju.Contracts.Scorecard;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class ScorecardFormulaTests
{
    private static readonly ScorecardOptions Options = new();

    /// <summary>The worked example of docs/scorecard.md.</summary>
    private static readonly ScorecardFigures Example = new(
        OrdersClosed: 40, OrdersWithinSla: 36, IncidentsClosed: 10, IncidentsWithinSla: 9,
        ResponseMeanMinutes: 40, ResponseP90Minutes: 90, RepairMeanHours: 12, RepairP90Hours: 30,
        RepeatFaults: 6, PreventiveClosed: 8, PreventiveOnTime: 6, Ratings: 20, MeanRating: 3.5, Deductions: 2000m);

    private static decimal Penalty(ScoreResult r, ScoreFactor f) => r.Factors.Single(x => x.Factor == f).Penalty;

    [Fact]
    public void Nothing_measured_costs_nothing_and_says_so()
    {
        var result = ScorecardFormula.Compute(ScorecardFigures.Empty, null, Options);

        Assert.Equal(100m, result.Score);
        Assert.Equal(ScoreFactor.None, result.TopFactor);
        Assert.Equal(ScorecardFormula.Factors, result.Factors.Select(f => f.Factor));
        Assert.All(result.Factors.Where(f => f.Factor != ScoreFactor.Deductions), f => Assert.Null(f.Value));
        Assert.All(result.Factors, f => Assert.Equal(0m, f.Penalty));
    }

    [Fact]
    public void The_worked_example_scores_64_5_with_preventive_maintenance_on_top()
    {
        var result = ScorecardFormula.Compute(Example, 80m, Options);

        Assert.Equal(5m, Penalty(result, ScoreFactor.SlaCompliance));      // 45/50 = 0.90, 5 points under 95 %
        Assert.Equal(2m, Penalty(result, ScoreFactor.ResponseTime));       // p90 90 min: 1 hour over 30 min × 2
        Assert.Equal(3m, Penalty(result, ScoreFactor.RepairTime));         // p90 30 h: 6 hours over 24 × 0.5
        Assert.Equal(5m, Penalty(result, ScoreFactor.RepeatFaults));       // 6/40 = 0.15: 0.10 over × 50
        Assert.Equal(7.5m, Penalty(result, ScoreFactor.PreventiveOnTime)); // 6/8 = 0.75: 0.15 under × 50
        Assert.Equal(5m, Penalty(result, ScoreFactor.Satisfaction));       // 3.5: 0.5 under 4 × 10
        Assert.Equal(2m, Penalty(result, ScoreFactor.Deductions));         // 2,000 yuan × 0.001
        Assert.Equal(6m, Penalty(result, ScoreFactor.Assessment));         // 80: 20 under 100 × 0.3
        Assert.Equal(64.5m, result.Score);
        Assert.Equal(ScoreFactor.PreventiveOnTime, result.TopFactor);
        Assert.Equal(0.9m, result.Factors.Single(f => f.Factor == ScoreFactor.SlaCompliance).Value);
    }

    [Fact]
    public void Caps_hold_and_the_score_never_falls_below_zero()
    {
        var awful = new ScorecardFigures(100, 0, 0, 0, 5000, 9000, 900, 1000, 500, 10, 0, 10, 1, 1_000_000m);

        var result = ScorecardFormula.Compute(awful, 0m, Options);

        Assert.Equal(25m, Penalty(result, ScoreFactor.SlaCompliance));
        Assert.Equal(15m, Penalty(result, ScoreFactor.Deductions));
        Assert.Equal(30m, Penalty(result, ScoreFactor.Assessment));
        Assert.Equal(0m, result.Score);
        Assert.Equal(ScoreFactor.Assessment, result.TopFactor);
    }

    [Fact]
    public void Weights_are_configurable_and_a_tie_goes_to_the_earlier_factor()
    {
        var options = new ScorecardOptions { Assessment = new ScoreWeight(0.05m, 30m, 100m) };
        var figures = ScorecardFigures.Empty with { OrdersClosed = 10, OrdersWithinSla = 9, Deductions = 5000m };

        var result = ScorecardFormula.Compute(figures, 0m, options);

        Assert.Equal(5m, Penalty(result, ScoreFactor.SlaCompliance));
        Assert.Equal(5m, Penalty(result, ScoreFactor.Deductions));
        Assert.Equal(5m, Penalty(result, ScoreFactor.Assessment));
        Assert.Equal(ScoreFactor.SlaCompliance, result.TopFactor);
        Assert.Equal(85m, result.Score);
    }

    [Fact]
    public void Options_out_of_range_are_reported()
    {
        Assert.Empty(new ScorecardOptions().Problems());
        Assert.NotEmpty(new ScorecardOptions { Threshold = 120 }.Problems());
        Assert.NotEmpty(new ScorecardOptions { UtcOffsetHours = 30 }.Problems());
        Assert.NotEmpty(new ScorecardOptions { Satisfaction = new ScoreWeight(-1m, 10m, 4m) }.Problems());
    }

    [Fact]
    public void Periods_are_calendar_months_in_the_city_s_time()
    {
        Assert.Equal("2026-07", ScorecardBook.PeriodOf(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero), 8));
        Assert.Equal("2026-06", ScorecardBook.PeriodOf(new DateTimeOffset(2026, 6, 30, 15, 59, 0, TimeSpan.Zero), 8));
    }

    [Fact]
    public void The_book_takes_an_order_once_keeps_latencies_and_rolls_a_month_into_the_history()
    {
        var s = new ScorecardState();
        var reported = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);
        ScorecardBook.Roll(s, "2026-06", Options);
        var order = Order("WO-1", reported) with { AcceptedAt = reported.AddMinutes(90), RepairedAt = reported.AddHours(30), Overdue = true, Occurrences = 2, Rating = 2 };

        Assert.True(ScorecardBook.TakeOrder(s, order, Options));
        Assert.False(ScorecardBook.TakeOrder(s, order, Options));
        var figures = ScorecardBook.Figures(s, s.Current);
        Assert.Equal((1, 0, 1, 1), (figures.OrdersClosed, figures.OrdersWithinSla, figures.RepeatFaults, figures.Ratings));
        Assert.Equal((90d, 30d), (figures.ResponseP90Minutes, figures.RepairP90Hours));
        Assert.Equal(5, s.Current.Evidence.Count); // SLA, repeat, response, repair, satisfaction

        Assert.True(ScorecardBook.Roll(s, "2026-07", Options));
        Assert.Equal("2026-06", Assert.Single(s.History).Period);
        Assert.False(ScorecardBook.TakeOrder(s, order, Options)); // a repeat after the month turned is still harmless
        Assert.Equal(0, ScorecardBook.Figures(s, s.Current).OrdersClosed);
        Assert.Single(ScorecardBook.EvidenceOf(s, "2026-06", ScoreFactor.Satisfaction, 200));
    }

    [Fact]
    public void The_p90_is_the_nearest_rank_of_the_kept_latencies_and_the_mean_counts_every_one()
    {
        var s = new ScorecardState();
        var options = new ScorecardOptions { LatencySamples = 10 };
        ScorecardBook.Roll(s, "2026-06", options);
        var at = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        for (var n = 1; n <= 20; n++)
        {
            ScorecardBook.TakeOrder(s, Order($"WO-{n}", at) with { AcceptedAt = at.AddMinutes(n) }, options);
        }

        var figures = ScorecardBook.Figures(s, s.Current);
        Assert.Equal(10, s.Current.Response.Samples.Count);
        Assert.Equal(10.5, figures.ResponseMeanMinutes);
        Assert.Equal(19d, figures.ResponseP90Minutes); // the latest ten are 11–20; nearest rank 9 of 10
    }

    [Fact]
    public void A_company_case_counts_once_and_its_later_rating_once()
    {
        var s = new ScorecardState();
        ScorecardBook.Roll(s, "2026-06", Options);
        var at = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var closed = new IncidentSummary("INC-1", 5, IncidentCategory.Parking, IncidentSeverity.Minor, IncidentSource.Resident, IncidentStatus.Closed,
            EscalationLevel.Grid, new IncidentLocation("TH-0001"), "堵塞", new SlaDeadlines(null, null, null), at, at.AddHours(2))
        { AcknowledgedAt = at.AddMinutes(10), ClosedAt = at.AddHours(2), AssignedTo = ResponsibleParty.PropertyCompany };

        Assert.True(ScorecardBook.TakeIncident(s, closed, Options));
        Assert.False(ScorecardBook.TakeIncident(s, closed, Options));
        Assert.True(ScorecardBook.TakeIncident(s, closed with { Status = IncidentStatus.Evaluated, Rating = 5 }, Options));
        Assert.False(ScorecardBook.TakeIncident(s, closed with { Status = IncidentStatus.Evaluated, Rating = 5 }, Options));
        var figures = ScorecardBook.Figures(s, s.Current);
        Assert.Equal((1, 1, 1, 5d), (figures.IncidentsClosed, figures.IncidentsWithinSla, figures.Ratings, figures.MeanRating));
    }

    internal static WorkOrderSummary Order(string id, DateTimeOffset reported, string contractId = "HT-1") => new(
        id, 7, "TH-0001", "TH", WorkOrderKind.Corrective, "LIFT-1", FacilityType.Lift, "lift-stopped", IncidentSeverity.Major,
        WorkOrderStatus.Closed, EscalationLevel.Grid, new WorkOrderRoute(contractId, contractId, "物業", null), new WorkOrderDeadlines(null, null, null),
        reported, reported.AddDays(1))
    { ClosedAt = reported.AddDays(1) };
}
