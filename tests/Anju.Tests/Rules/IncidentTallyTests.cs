using Anju.Estates;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentTallyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static IncidentSummary Case(IncidentSeverity severity, IncidentStatus status = IncidentStatus.Filed, string? grid = "G1",
        EscalationLevel level = EscalationLevel.Grid, bool overdue = false) =>
        IncidentLifecycleTests.Case(status, level) with { IncidentId = Guid.NewGuid().ToString("N"), Severity = severity, Overdue = overdue,
            Location = new IncidentLocation("TH-0001", grid), CreatedAt = Now.AddHours(-2), Deadlines = new(null, null, Now.AddHours(1)) };

    [Fact]
    public void Open_cases_count_by_severity_overdue_and_escalated()
    {
        var counts = IncidentTally.Count(
        [
            Case(IncidentSeverity.Critical, overdue: true),
            Case(IncidentSeverity.Major, level: EscalationLevel.Street),
            Case(IncidentSeverity.Minor),
            Case(IncidentSeverity.Info),
            Case(IncidentSeverity.Critical, IncidentStatus.Closed),
            Case(IncidentSeverity.Major, IncidentStatus.Voided, level: EscalationLevel.District),
        ], Now);

        Assert.Equal((1, 1, 1, 1, 1, 1, 4), (counts.OpenCritical, counts.OpenMajor, counts.OpenMinor, counts.OpenInfo, counts.Overdue, counts.Escalated, counts.Open));
    }

    [Fact]
    public void A_running_clock_past_due_counts_as_overdue_before_the_case_has_noticed()
    {
        var late = Case(IncidentSeverity.Minor) with { Deadlines = new(null, null, Now.AddSeconds(-1)) };
        Assert.Equal(1, IncidentTally.Count([late], Now).Overdue);
    }

    [Fact]
    public void Means_cover_the_last_24_hours_and_add_exactly_across_estates()
    {
        var a = IncidentTally.Count(
        [
            Case(IncidentSeverity.Minor) with { AcknowledgedAt = Now.AddHours(-2).AddMinutes(10) },
            Case(IncidentSeverity.Minor, IncidentStatus.Closed) with { AcknowledgedAt = Now.AddHours(-2).AddMinutes(20), ClosedAt = Now.AddMinutes(-60) },
            Case(IncidentSeverity.Minor, IncidentStatus.Closed) with { CreatedAt = Now.AddDays(-3), AcknowledgedAt = Now.AddDays(-3), ClosedAt = Now.AddHours(-25) },
        ], Now);
        var b = IncidentTally.Count([Case(IncidentSeverity.Major) with { AcknowledgedAt = Now.AddHours(-2).AddMinutes(60) }], Now);

        Assert.Equal(15, a.MeanMinutesToAcknowledge24h);
        Assert.Equal(60, a.MeanMinutesToClose24h);
        Assert.Equal(1, a.Closed24h);
        var total = IncidentCounts.Sum([a, b]);
        Assert.Equal(3, total.Acknowledged24h);
        Assert.Equal(Math.Round(90 / 3.0, 1), total.MeanMinutesToAcknowledge24h);
        Assert.Null(IncidentCounts.Zero.MeanMinutesToClose24h);
    }

    [Fact]
    public void Per_grid_counts_leave_estate_level_cases_to_the_total()
    {
        var byGrid = IncidentTally.ByGrid([Case(IncidentSeverity.Minor, grid: "G1"), Case(IncidentSeverity.Major, grid: "G2"), Case(IncidentSeverity.Major, grid: null)], Now);
        Assert.Equal(["G1", "G2"], byGrid.Keys.Order());
        Assert.Equal(1, byGrid["G2"].OpenMajor);
    }
}
