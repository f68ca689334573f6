using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Tests.Rules;

/// <summary>Preventive schedules and the work queue's figures.</summary>
public class FacilitiesScheduleTests
{
    private static readonly DateTimeOffset T0 = FacilitiesLifecycleTests.T0;
    private static readonly FacilityOptions Defaults = new();

    [Theory]
    [InlineData(FacilityType.Lift, 15)]
    [InlineData(FacilityType.FireSystem, 30)]
    [InlineData(FacilityType.WaterTank, 182)]
    [InlineData(FacilityType.WaterPump, 90)]
    [InlineData(FacilityType.Gate, 90)]
    [InlineData(FacilityType.Cctv, 90)]
    [InlineData(FacilityType.GarbageStation, 30)]
    public void Documented_default_schedules(FacilityType type, int days) =>
        Assert.Equal(TimeSpan.FromDays(days), MaintenanceSchedules.Every(type, new Dictionary<FacilityType, MaintenanceSchedule>(), Defaults));

    [Fact]
    public void Types_without_a_schedule_have_none_and_an_estate_may_set_its_own()
    {
        var own = new Dictionary<FacilityType, MaintenanceSchedule> { [FacilityType.Lift] = new(FacilityType.Lift, TimeSpan.FromDays(10), "maintenance") };

        Assert.Null(MaintenanceSchedules.Every(FacilityType.CultureRoom, own, Defaults));
        Assert.Equal(TimeSpan.FromDays(10), MaintenanceSchedules.Every(FacilityType.Lift, own, Defaults));
        Assert.Equal(8, MaintenanceSchedules.InForce(own, Defaults).Count);
        Assert.Equal("everyDays", Assert.Throws<ValidationException>(() => MaintenanceSchedules.Valid(new(FacilityType.Lift, TimeSpan.FromDays(-1), "x"))).Field);
    }

    [Fact]
    public void The_first_order_falls_due_a_period_after_registration_and_is_created_a_lead_before()
    {
        var state = new EstateFacilitiesState();
        FacilityRegister.Apply(state, [FacilitiesLifecycleTests.Lift], Every, T0);
        var due = state.Register["L1"].NextDue!.Value;

        Assert.Equal(T0.AddDays(15), due);
        Assert.Empty(MaintenanceSchedules.Due(state, Every, Defaults.PreventiveLead, due.AddDays(-3).AddSeconds(-1)));
        Assert.Single(MaintenanceSchedules.Due(state, Every, Defaults.PreventiveLead, due.AddDays(-3)));
        Assert.Equal(due.AddDays(15), MaintenanceSchedules.After(due, Every(FacilityType.Lift)));
        Assert.Equal(TimeSpan.FromSeconds(1), MaintenanceSchedules.Lead(TimeSpan.FromSeconds(2), Defaults.PreventiveLead));
    }

    [Fact]
    public void One_preventive_order_is_open_per_facility_at_a_time()
    {
        var state = new EstateFacilitiesState();
        FacilityRegister.Apply(state, [FacilitiesLifecycleTests.Lift], Every, T0);
        state.Orders["p"] = Preventive("p", T0.AddDays(15), WorkOrderStatus.Accepted);

        Assert.Empty(MaintenanceSchedules.Due(state, Every, Defaults.PreventiveLead, T0.AddDays(20)));
    }

    [Fact]
    public void A_queue_lists_open_orders_by_the_soonest_clock_and_counts_the_last_30_days()
    {
        var orders = new[]
        {
            Corrective("late", T0.AddHours(5)),
            Corrective("soon", T0.AddHours(1)),
            Corrective("done", null) with { Status = WorkOrderStatus.Closed, ClosedAt = T0.AddDays(-2), Overdue = true, Cost = 100m },
            Corrective("old", null) with { Status = WorkOrderStatus.Closed, ClosedAt = T0.AddDays(-40), Cost = 50m },
            Preventive("p-open", T0.AddDays(-1), WorkOrderStatus.Reported),
            Preventive("p-late", T0.AddDays(-5), WorkOrderStatus.Closed) with { ClosedAt = T0.AddDays(-3) },
        };

        var view = QueueBook.View("PC-1", 7, orders, T0);

        Assert.Equal(["p-open", "soon", "late"], view.Orders.Select(o => o.OrderId));
        Assert.Equal((2, 1, 1, 1, 1, 100m), (view.Closed30d, view.Breached30d, view.PreventiveOverdue, view.PreventiveClosed30d, view.PreventiveLate30d, view.Cost30d));
    }

    private static TimeSpan? Every(FacilityType type) => MaintenanceSchedules.Every(type, new Dictionary<FacilityType, MaintenanceSchedule>(), Defaults);

    private static WorkOrderSummary Corrective(string id, DateTimeOffset? acceptBy) =>
        new(id, 1, "TH-0001", "TH", WorkOrderKind.Corrective, "L1", FacilityType.Lift, "lift-fault", IncidentSeverity.Minor, WorkOrderStatus.Reported,
            EscalationLevel.Grid, new WorkOrderRoute("PC-1", "PC-1", null, null), new WorkOrderDeadlines(acceptBy, null, null), T0, T0);

    private static WorkOrderSummary Preventive(string id, DateTimeOffset due, WorkOrderStatus status) =>
        Corrective(id, null) with { Kind = WorkOrderKind.Preventive, Code = "maintenance", DueAt = due, Status = status, Deadlines = new(null, null, due) };
}
