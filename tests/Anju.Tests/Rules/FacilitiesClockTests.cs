using Anju.Facilities;
using Anju.Incidents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anju.Tests.Rules;

public class FacilitiesClockTests
{
    private static readonly FacilityOptions Defaults = new();
    private static readonly DateTimeOffset T0 = FacilitiesLifecycleTests.T0;

    [Theory]
    [InlineData("trapped-passenger", IncidentSeverity.Critical, 5, 30, 240)]
    [InlineData("fire-alarm", IncidentSeverity.Critical, 5, 15, 240)]
    [InlineData("no-water", IncidentSeverity.Major, 15, 60, 360)]
    [InlineData("lift-stopped", IncidentSeverity.Major, 30, 120, 1440)]
    [InlineData("camera-offline", IncidentSeverity.Major, 60, 240, 1440)]
    [InlineData("light-out", IncidentSeverity.Minor, 240, 1440, 4320)]
    [InlineData("door-fault", IncidentSeverity.Minor, 240, 1440, 4320)]
    [InlineData("damaged", IncidentSeverity.Critical, 15, 60, 240)]
    [InlineData("out-of-service", IncidentSeverity.Major, 60, 240, 1440)]
    public void Documented_defaults_per_code_then_per_severity(string code, IncidentSeverity severity, int accept, int onSite, int repair)
    {
        var clock = Defaults.ClockFor(code, severity);

        Assert.Equal((accept, onSite, repair), ((int)clock.Accept.TotalMinutes, (int)clock.OnSite.TotalMinutes, (int)clock.Repair.TotalMinutes));
    }

    [Fact]
    public void Every_stage_counts_from_the_report_and_a_preventive_order_has_no_on_site_clock()
    {
        var corrective = WorkOrderClocks.Start(T0, Defaults.ClockFor("trapped-passenger", IncidentSeverity.Critical));
        var preventive = WorkOrderClocks.Start(T0, WorkOrderClocks.Preventive(T0, T0.AddDays(3), Defaults.PreventiveAccept));

        Assert.Equal(T0.AddMinutes(30), corrective.OnSiteBy);
        Assert.Equal((T0.AddHours(24), (DateTimeOffset?)null, T0.AddDays(3)), (preventive.AcceptBy, preventive.OnSiteBy, preventive.RepairBy));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Reported, true, true, true)]
    [InlineData(WorkOrderStatus.Accepted, false, true, true)]
    [InlineData(WorkOrderStatus.Dispatched, false, true, true)]
    [InlineData(WorkOrderStatus.OnSite, false, false, true)]
    [InlineData(WorkOrderStatus.Repaired, false, false, false)]
    [InlineData(WorkOrderStatus.Closed, false, false, false)]
    public void Stages_stop_once_passed(WorkOrderStatus status, bool accept, bool onSite, bool repair)
    {
        var settled = WorkOrderClocks.Settle(WorkOrderClocks.Start(T0, Defaults.ClockFor("lift-stopped", IncidentSeverity.Major)), status);

        Assert.Equal((accept, onSite, repair), (settled.AcceptBy is not null, settled.OnSiteBy is not null, settled.RepairBy is not null));
    }

    [Fact]
    public void The_next_due_is_the_earliest_running_deadline_and_breaches_come_earliest_first()
    {
        var clock = WorkOrderClocks.Start(T0, Defaults.ClockFor("lift-stopped", IncidentSeverity.Major));

        Assert.Equal(T0.AddMinutes(30), WorkOrderClocks.NextDue(clock, WorkOrderStatus.Reported));
        Assert.Equal(T0.AddHours(2), WorkOrderClocks.NextDue(clock, WorkOrderStatus.Accepted));
        Assert.Equal([WorkOrderStage.Accept, WorkOrderStage.OnSite], WorkOrderClocks.Breached(clock, WorkOrderStatus.Reported, T0.AddHours(3)));
        Assert.Empty(WorkOrderClocks.Breached(clock, WorkOrderStatus.Reported, T0.AddMinutes(29)));
    }

    [Fact]
    public void A_configured_code_clock_overrides_the_severity_default()
    {
        var options = new FacilityOptions();
        options.Clocks["leak"] = new WorkOrderClock(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.FromMinutes(2), options.ClockFor("leak", IncidentSeverity.Minor).OnSite);
        Assert.Equal(TimeSpan.FromHours(4), options.ClockFor("door-fault", IncidentSeverity.Minor).Accept);
    }

    [Fact]
    public void Configuration_sets_clocks_per_code_and_per_severity_under_Clocks_Default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Facilities:Clocks:leak:Accept"] = "00:10:00",
            ["Facilities:Clocks:leak:OnSite"] = "00:20:00",
            ["Facilities:Clocks:leak:Repair"] = "01:00:00",
            ["Facilities:Clocks:Default:Minor:Accept"] = "02:00:00",
        }).Build();
        using var services = new ServiceCollection().AddAnjuGrainServices(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<FacilityOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(20), options.ClockFor("leak", IncidentSeverity.Minor).OnSite);
        var minor = options.ClockFor("door-fault", IncidentSeverity.Minor);
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(24)), (minor.Accept, minor.OnSite));
        Assert.Equal(TimeSpan.FromMinutes(30), options.ClockFor("trapped-passenger", IncidentSeverity.Critical).OnSite);
        Assert.False(options.Clocks.ContainsKey("Default"));
    }
}
