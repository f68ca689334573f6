using Anju.Errors;
using Anju.Estates;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static IncidentSummary Case(string id, IncidentStatus status = IncidentStatus.Collected, long version = 1) =>
        IncidentLifecycleTests.Case(status, version: version) with { IncidentId = id };

    [Fact]
    public void The_newest_version_of_a_case_is_kept_and_an_older_or_repeated_one_changes_nothing()
    {
        var book = new EstateIncidentsState();
        Assert.True(IncidentBook.Take(book, Case("A", version: 2), null, T0.AddDays(-30)));
        Assert.False(IncidentBook.Take(book, Case("A", version: 2), null, T0.AddDays(-30)));
        Assert.False(IncidentBook.Take(book, Case("A", IncidentStatus.Closed, version: 1), null, T0.AddDays(-30)));
        Assert.Equal(2, book.Cases["A"].Version);
    }

    [Fact]
    public void An_alarm_has_one_open_case_and_lets_go_of_it_once_the_case_is_finished()
    {
        var book = new EstateIncidentsState();
        IncidentBook.Take(book, Case("A"), "CAM-1|offline", T0.AddDays(-30));
        Assert.Equal("A", IncidentBook.OpenCaseFor(book, "CAM-1|offline"));
        Assert.Null(IncidentBook.OpenCaseFor(book, null));

        IncidentBook.Take(book, Case("A", IncidentStatus.Closed, version: 2), null, T0.AddDays(-30));
        Assert.Null(IncidentBook.OpenCaseFor(book, "CAM-1|offline"));
        Assert.Empty(book.OpenAlarms);
        Assert.Empty(IncidentBook.Open(book));
    }

    [Fact]
    public void Finished_cases_past_the_keep_period_are_forgotten_and_open_ones_kept()
    {
        var book = new EstateIncidentsState();
        IncidentBook.Take(book, Case("old", IncidentStatus.Closed), null, T0.AddDays(-30));
        IncidentBook.Take(book, Case("open"), null, T0.AddDays(1));
        Assert.Equal(["open"], book.Cases.Keys);
    }

    [Fact]
    public void A_case_must_name_a_grid_and_building_of_its_estate()
    {
        var structure = new EstateStructure([], [new GridInfo("G1", "North", null)], [new BuildingInfo("B1", "Block 1", "G1", 20)], []);
        IncidentBook.CheckPlace("TH-0001", structure, new IncidentLocation("TH-0001", "G1", "B1"));
        Assert.Equal("location.gridId", Assert.Throws<ValidationException>(() =>
            IncidentBook.CheckPlace("TH-0001", structure, new IncidentLocation("TH-0001", "G2"))).Field);
        Assert.Equal("location.buildingId", Assert.Throws<ValidationException>(() =>
            IncidentBook.CheckPlace("TH-0001", structure, new IncidentLocation("TH-0001", "G1", "B2"))).Field);
    }

    [Fact]
    public void A_grid_hears_of_its_open_matters_only_when_the_number_changes_including_to_zero()
    {
        var sent = new Dictionary<string, int> { ["G1"] = 2, ["G2"] = 1 };
        var open = new Dictionary<string, int> { ["G1"] = 2, ["G3"] = 4 };
        Assert.Equal([("G2", 0), ("G3", 4)], IncidentBook.MattersChanged(open, sent).OrderBy(g => g.GridId).ToList());
    }
}
