using Anju.Estates;
using Anju.Grids;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class GridOpenMattersTests
{
    private static IncidentBoard Board(string gridId, int open) =>
        new("TH", IncidentCounts.Zero, new Dictionary<string, IncidentCounts> { [gridId] = IncidentCounts.Zero with { OpenMinor = open } });

    [Fact]
    public void The_newest_report_wins_and_only_a_changed_count_changes_the_figures()
    {
        var matters = new GridOpenMatters();

        Assert.True(matters.Report(new GridMatters(2, 3)));
        Assert.False(matters.Report(new GridMatters(1, 7)));
        Assert.False(matters.Report(new GridMatters(3, 3)));
        Assert.Equal(3, matters.Open);
    }

    [Fact]
    public void The_board_stands_in_until_the_first_report_and_only_when_the_grid_has_open_matters()
    {
        var matters = new GridOpenMatters();
        Assert.False(matters.FromBoard(Board("G1", 0), "G1"));
        Assert.False(matters.FromBoard(Board("G2", 4), "G1"));
        Assert.True(matters.FromBoard(Board("G1", 4), "G1"));
        Assert.Equal(4, matters.Open);

        var reported = new GridOpenMatters();
        reported.Report(new GridMatters(1, 1));
        Assert.False(reported.FromBoard(Board("G1", 4), "G1"));
        Assert.Equal(1, reported.Open);
    }
}
