using Anju.Dwellings;
using Anju.Grids;

namespace Anju.Tests.Rules;

public class GridSnapshotTests
{
    private static readonly DwellingSummary Dwelling = new("1-1-101", 3, OccupancyState.Occupied);

    [Fact]
    public void A_kept_snapshot_is_taken_once_then_spent()
    {
        var state = new GridState();
        GridSnapshot.Keep(state, new Dictionary<string, DwellingSummary> { [Dwelling.DwellingId] = Dwelling });
        Assert.True(state.Clean);

        Assert.Equal([Dwelling], GridSnapshot.Take(state));
        Assert.Equal((false, 0), (state.Clean, state.Snapshot.Count));
        Assert.Null(GridSnapshot.Take(state));
    }

    [Fact]
    public void A_snapshot_not_marked_clean_is_not_trusted_and_is_cleared()
    {
        var state = new GridState { Snapshot = new(StringComparer.Ordinal) { [Dwelling.DwellingId] = Dwelling } };

        Assert.Null(GridSnapshot.Take(state));
        Assert.Empty(state.Snapshot);
    }
}
