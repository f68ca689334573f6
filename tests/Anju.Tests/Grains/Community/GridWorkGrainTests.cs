using Anju.Community;
using Anju.Errors;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains.Community;

/// <summary>A grid's work and an estate's volunteers as grains: tasks only over the grid's own dwellings, repeats
/// harmless by command id or natural key, the same id with other content a conflict, and hours totalled per person and
/// estate.</summary>
[Collection(ClusterCollection.Name)]
public class GridWorkGrainTests(ClusterFixture fixture)
{
    private const string Actor = "網格員 黃";

    private async Task<string> EstateAsync()
    {
        var estateId = Fresh.EstateId();
        var estate = await TestEstates.CreateAsync(fixture.Grains, estateId);
        await estate.AddDwellingAsync(TestEstates.Dwelling("D1"));
        await estate.AddDwellingAsync(TestEstates.Dwelling("D2"));
        return estateId;
    }

    [Fact]
    public async Task A_task_lives_over_the_grids_dwellings_and_every_repeat_is_harmless()
    {
        var estateId = await EstateAsync();
        var work = fixture.Grains.GetGrain<IGridWorkGrain>(Keys.GridWork(estateId, "G1"));
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        await Assert.ThrowsAsync<ValidationException>(() => work.CreateTaskAsync(new NewInfoTask("核對人口", ["D1", "D9"], due), Actor));
        var task = await work.CreateTaskAsync(new NewInfoTask("核對人口", ["D1", "D2"], due) { CommandId = "c-1" }, Actor);
        var again = await work.CreateTaskAsync(new NewInfoTask("核對人口", ["D1", "D2"], due) { CommandId = "c-1" }, "someone else");
        Assert.Equal(task.TaskId, again.TaskId);
        await Assert.ThrowsAsync<ConflictException>(() => work.CreateTaskAsync(new NewInfoTask("核對車輛", ["D1"], due) { CommandId = "c-1" }, Actor));
        Assert.Single((await work.GetAsync()).Tasks);

        await work.RecordVisitAsync(task.TaskId, "D1", "3 人", Actor);
        var version = (await work.GetAsync()).Version;
        await work.RecordVisitAsync(task.TaskId, "D1", "3 人", Actor);
        Assert.Equal(version, (await work.GetAsync()).Version);
        await Assert.ThrowsAsync<NotFoundException>(() => work.RecordVisitAsync("IT-999", "D1", null, Actor));

        var today = await work.GetTodayAsync();
        Assert.Equal((1, true), (today.TasksDue.Single().Remaining, today.TasksDue.Single().Overdue));

        var mediation = await work.OpenMediationAsync(new NewMediation([new("張三", null, "D1"), new("李四", null, "D2")], "樓上漏水") { CommandId = "m-1" }, Actor);
        Assert.Equal(mediation.MediationId, (await work.OpenMediationAsync(new NewMediation([new("張三", null, "D1"), new("李四", null, "D2")], "樓上漏水") { CommandId = "m-1" }, Actor)).MediationId);
        Assert.Equal(1, (await work.GetTodayAsync()).MediationsOpen);
        var settled = await work.RecordOutcomeAsync(mediation.MediationId, new MediationResult(MediationOutcome.Settled, "賠償維修費", null), Actor);
        Assert.Equal(MediationOutcome.Settled, settled.Outcome);
        await Assert.ThrowsAsync<ConflictException>(() => work.RecordOutcomeAsync(mediation.MediationId, new MediationResult(MediationOutcome.NotSettled, null, null), Actor));
        Assert.Equal(0, (await work.GetTodayAsync()).MediationsOpen);
    }

    [Fact]
    public async Task Volunteer_hours_are_totalled_per_person_and_estate_and_an_activity_is_recorded_once()
    {
        var estateId = await EstateAsync();
        var roster = fixture.Grains.GetGrain<IVolunteerRosterGrain>(Keys.Volunteers(estateId));
        var on = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        await Assert.ThrowsAsync<ValidationException>(() => roster.RegisterAsync(new Volunteer("V1", "陳大文", null, "B9", false, on), Actor));
        await roster.RegisterAsync(new Volunteer("V1", "陳大文", "13800138000", "B1", true, on), Actor);
        await roster.RegisterAsync(new Volunteer("V2", "林小美", null, null, false, on), Actor);
        await roster.SetLeaderAsync(new BuildingLeader("B1", "何伯", null, on, Actor));

        var patrol = new VolunteerActivity("A1", "夜間巡邏", ActivityKind.SecurityPatrol, on, [new("V1", 3m), new("V2", 2.5m)]);
        await roster.RecordActivityAsync(patrol, Actor);
        await roster.RecordActivityAsync(patrol, "someone else");
        await Assert.ThrowsAsync<ConflictException>(() => roster.RecordActivityAsync(patrol with { Hours = [new("V1", 4m)] }, Actor));
        await roster.RecordActivityAsync(new VolunteerActivity("A2", "關愛長者", ActivityKind.Care, on, [new("V2", 1m)]), Actor);

        var view = await roster.GetAsync();
        Assert.Equal((6.5m, 3m, 1, 2), (view.Totals.EstateHours, view.Totals.SecurityHours, view.Totals.SecurityVolunteers, view.Totals.Activities));
        Assert.Equal(3.5m, view.Totals.People.Single(p => p.VolunteerId == "V2").Hours);
        Assert.Equal("何伯", view.Leaders.Single().Name);
        Assert.Equal(Actor, view.Volunteers.Single(v => v.VolunteerId == "V1").RegisteredBy);
        var repeated = await roster.RegisterAsync(new Volunteer("V1", "陳大文", "13800138000", "B1", true, on), "someone else");
        Assert.Equal((Actor, view.Version), (repeated.RegisteredBy, (await roster.GetAsync()).Version));
    }
}
