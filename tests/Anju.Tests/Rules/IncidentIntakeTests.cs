using Anju.Errors;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentIntakeTests
{
    private static readonly DateTimeOffset T0 = IncidentLifecycleTests.T0;
    private static readonly IncidentRoute Route = IncidentLifecycleTests.Route;
    private static readonly SlaWindow Window = IncidentLifecycleTests.Window;

    [Fact]
    public void A_filed_case_starts_collected_at_the_grid_with_its_clocks_running_and_its_lead_agency()
    {
        var command = new FileIncident(IncidentCategory.Parking, IncidentSeverity.Minor, IncidentSource.Resident,
            new IncidentLocation("TH-0001", "G1"), "車輛堵塞消防通道", "網格員 李") { DeviceId = "CAM-1" };

        var opened = IncidentIntake.Open("IN-20261128-ABCDEF", command, Route, "TH", Window, T0);

        Assert.Equal((1L, IncidentStatus.Collected, EscalationLevel.Grid), (opened.Next.Version, opened.Next.Status, opened.Next.Level));
        Assert.Equal((Route.Lead, "TH", "CAM-1"), (opened.Next.Agency, opened.Next.District, opened.Next.DeviceId));
        Assert.Equal(SlaRules.Start(T0, Window), opened.Next.Deadlines);
        Assert.Equal(("Collect", "網格員 李", T0), (opened.Step.Action, opened.Step.Actor, opened.Step.At));
    }

    [Fact]
    public void A_repeat_counts_one_more_occurrence_of_an_open_case_and_refuses_a_closed_one()
    {
        var open = IncidentLifecycleTests.Case();
        var repeated = IncidentIntake.Repeat(open, "resident", T0.AddMinutes(1));
        Assert.Equal((open.Occurrences + 1, open.Version + 1, "Repeat"), (repeated.Next.Occurrences, repeated.Next.Version, repeated.Step.Action));

        Assert.Throws<ConflictException>(() => IncidentIntake.Repeat(IncidentLifecycleTests.Case(IncidentStatus.Closed), "resident", T0));
    }

    [Fact]
    public void Every_breach_due_escalates_from_where_the_one_before_left_the_case()
    {
        var breaches = IncidentIntake.Breaches(IncidentLifecycleTests.Case(), _ => Window, T0.AddDays(2));

        Assert.NotEmpty(breaches);
        Assert.True(breaches.Count <= 8);
        for (var i = 1; i < breaches.Count; i++)
        {
            Assert.Equal(breaches[i - 1].Next.Version + 1, breaches[i].Next.Version);
        }

        Assert.Empty(IncidentIntake.Breaches(IncidentLifecycleTests.Case(), _ => Window, T0));
    }
}
