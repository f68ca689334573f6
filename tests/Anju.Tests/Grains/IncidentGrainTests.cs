using Anju.Errors;
using Anju.Incidents;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class IncidentGrainTests(ClusterFixture fixture)
{
    private IEstateIncidentsGrain Book(string estateId) => fixture.Grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId));

    private IIncidentGrain Case(string id) => fixture.Grains.GetGrain<IIncidentGrain>(Keys.Incident(id));

    internal static FileIncident Parking(string estateId, IncidentSeverity severity = IncidentSeverity.Minor) =>
        new(IncidentCategory.Parking, severity, IncidentSource.Resident, new IncidentLocation(estateId, "G1", "B1"), "車輛堵塞消防通道", "居民 王")
        {
            Reporter = new ReporterContact("王先生", "13800000000"),
        };

    private static IncidentCommand Cmd(IncidentSnapshot c, IncidentAction action) => new(action, c.Version, "網格員 李");

    [Fact]
    public async Task A_filed_case_is_routed_counted_and_reaches_the_estate_status()
    {
        var estateId = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, estateId);

        var created = await Book(estateId).FileAsync(Parking(estateId, IncidentSeverity.Major));

        Assert.StartsWith("IN-", created.IncidentId);
        Assert.Equal(IncidentStatus.Collected, created.Summary.Status);
        Assert.Equal("市城管委", created.Route.Lead);
        Assert.Equal("TH", created.Summary.District);
        Assert.Equal("王先生", (await Case(created.IncidentId).GetAsync()).Reporter?.Name);
        var board = await Book(estateId).GetBoardAsync();
        Assert.Equal(1, board.Counts.OpenMajor);
        Assert.Equal(1, board.ByGrid["G1"].OpenMajor);
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Incidents.OpenMajor == 1);
        Assert.Equal(1, status.Incidents.OpenMajor);
    }

    [Fact]
    public async Task A_case_in_an_unknown_estate_or_grid_is_refused()
    {
        var estateId = Fresh.EstateId();
        await Assert.ThrowsAsync<NotFoundException>(() => Book(estateId).FileAsync(Parking(estateId)));
        await CreateAsync(fixture.Grains, estateId);
        var error = await Assert.ThrowsAsync<ValidationException>(() => Book(estateId).FileAsync(Parking(estateId) with { Location = new(estateId, "G9") }));
        Assert.Equal("location.gridId", error.Field);
        Assert.Empty(await Book(estateId).ListAsync(new IncidentQuery()));
    }

    [Fact]
    public async Task Closing_a_case_updates_the_book_and_the_means()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var c = await Book(estateId).FileAsync(Parking(estateId));
        foreach (var action in new[] { IncidentAction.Acknowledge, IncidentAction.Dispatch, IncidentAction.Accept })
        {
            c = await Case(c.IncidentId).ActAsync(Cmd(c, action));
        }

        c = await Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Feedback) with { Note = "已挪車" });
        c = await Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Close));

        Assert.Equal(IncidentStatus.Closed, c.Summary.Status);
        Assert.Equal(6, c.History.Count);
        var counts = (await Book(estateId).GetBoardAsync()).Counts;
        Assert.Equal((0, 1, 1), (counts.Open, counts.Acknowledged24h, counts.Closed24h));
        Assert.Single(await Book(estateId).ListAsync(new IncidentQuery(Status: IncidentStatus.Closed)));
        Assert.Empty(await Book(estateId).ListAsync(new IncidentQuery(Open: true)));
    }

    [Fact]
    public async Task A_grid_counts_the_matters_open_in_it_until_they_close()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var grid = fixture.Grains.GetGrain<Grids.IGridGrain>(Keys.Grid(estateId, "G1"));
        var c = await Book(estateId).FileAsync(Parking(estateId));
        await Book(estateId).FileAsync(Parking(estateId) with { Location = new(estateId) }); // the estate's, not the grid's

        Assert.Equal(1, (await EventuallyAsync(grid.GetStatusAsync, s => s.Summary.OpenMatters == 1)).Summary.OpenMatters);

        c = await Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Void) with { Reason = "重複上報", Approver = ApproverRole.GridLeader });
        Assert.Equal(0, (await EventuallyAsync(grid.GetStatusAsync, s => s.Summary.OpenMatters == 0)).Summary.OpenMatters);
    }

    [Fact]
    public async Task Concurrent_updates_one_wins_the_other_is_a_conflict()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var c = await Book(estateId).FileAsync(Parking(estateId));

        var first = Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Acknowledge));
        var second = Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Escalate) with { Reason = "大事" });
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ConflictException);
        Assert.Equal(2, (await Case(c.IncidentId).GetAsync()).Version);
    }

    [Fact]
    public async Task A_repeated_device_alarm_counts_occurrences_on_one_open_case_until_cleared()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var alarm = new FileIncident(IncidentCategory.Facility, IncidentSeverity.Major, IncidentSource.Device, new IncidentLocation(estateId, BuildingId: "B1"), "電梯困人報警", "lift-B1-1")
        {
            DeviceId = "LIFT-B1-1", AlarmType = "entrapment",
        };

        var first = await Book(estateId).FileAsync(alarm);
        var again = await Book(estateId).FileAsync(alarm);
        Assert.Equal(first.IncidentId, again.IncidentId);
        Assert.Equal(2, again.Summary.Occurrences);

        var other = await Book(estateId).FileAsync(alarm with { AlarmType = "door" });
        Assert.NotEqual(first.IncidentId, other.IncidentId);

        var acknowledged = await Case(first.IncidentId).ActAsync(Cmd(again, IncidentAction.Acknowledge));
        await Case(first.IncidentId).ActAsync(Cmd(acknowledged, IncidentAction.Clear));
        var fresh = await Book(estateId).FileAsync(alarm);
        Assert.NotEqual(first.IncidentId, fresh.IncidentId);
    }

    [Fact]
    public async Task A_short_clock_escalates_grid_to_estate_to_street()
    {
        var estateId = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, estateId);
        var c = await Book(estateId).FileAsync(Parking(estateId) with { Category = IncidentCategory.Pets, Severity = IncidentSeverity.Info });

        var reached = await EventuallyAsync(() => Case(c.IncidentId).GetAsync(), s => s.Summary.Level >= EscalationLevel.Street, TimeSpan.FromSeconds(30));

        Assert.True(reached.Summary.Level >= EscalationLevel.Street, $"level {reached.Summary.Level}");
        Assert.True(reached.Summary.Overdue);
        var climbs = reached.History.Where(h => h.Action == "Escalate").Take(2).ToList();
        Assert.Equal([EscalationLevel.Estate, EscalationLevel.Street], climbs.Select(h => h.Level));
        Assert.All(climbs, h => Assert.Equal("system", h.Actor));
        Assert.Single(await Book(estateId).ListAsync(new IncidentQuery(ReachedLevel: EscalationLevel.Street)));
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Incidents.Escalated == 1 && s.Incidents.Overdue == 1);
        Assert.Equal((1, 1), (status.Incidents.Escalated, status.Incidents.Overdue));
    }

    [Fact]
    public async Task Snapshots_and_lists_survive_the_wire_format_between_silos()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var c = await Book(estateId).FileAsync(Parking(estateId) with { Attachments = ["https://example.org/a.jpg"] });
        c = await Case(c.IncidentId).ActAsync(Cmd(c, IncidentAction.Acknowledge));
        var list = await Book(estateId).ListAsync(new IncidentQuery());
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Orleans.Serialization.Serializer>();

        var snapshot = serializer.Deserialize<IncidentSnapshot>(serializer.SerializeToArray(c))!;
        var listed = serializer.Deserialize<IReadOnlyList<IncidentSummary>>(serializer.SerializeToArray(list))!;

        Assert.Equal(c.History, snapshot.History);
        Assert.Equal(c.Attachments, snapshot.Attachments);
        Assert.Equal(c.Route.CoOperating, snapshot.Route.CoOperating);
        Assert.Equal(list, listed);
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
