using Anju.Dwellings;
using Anju.Grids;
using Anju.Residency;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

/// <summary>Standings the calendar changes reach the grid's figures with nothing recorded: a household's deduction
/// warning ends when its points leave the window, not when the dwelling next happens to change.</summary>
[Collection(ClusterCollection.Name)]
public class GridReassessTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_deduction_warning_ends_in_the_grid_s_figures_when_its_points_leave_the_window()
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling("1-1-101"));
        var dwelling = fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(id, "1-1-101"));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));
        await dwelling.SetHouseholdAsync(new Household(2, "H-0101", SpecialGroups.None, SecondAddressRegistration.Registered), "clerk-1");

        // Six points (a warning) recorded a window ago less a few seconds: they count now, and soon no longer.
        var entry = new DeductionEntry(DateTimeOffset.UtcNow.AddMonths(-new DeductionOptions().WindowMonths).AddSeconds(4), 6, "NOISE", "agency-07");
        var recorded = await dwelling.AddDeductionAsync(entry);
        Assert.Equal(DeductionLevel.Warning, recorded.Deductions?.Level);
        var grid = fixture.Grains.GetGrain<IGridGrain>(Keys.Grid(id, "G1"));
        var before = await EventuallyAsync(grid.GetSummaryAsync, s => s.Residency.DeductionWarnings == 1);
        Assert.Equal(1, before.Residency.DeductionWarnings);

        // The grid asks again on its round after the points leave (every 500 ms here). Without the rounds the warning
        // stays until the dwelling next changes.
        var after = await EventuallyAsync(grid.GetSummaryAsync, s => s.Residency.DeductionWarnings == 0, TimeSpan.FromSeconds(20));

        Assert.Equal((0, 1), (after.Residency.DeductionWarnings, after.Residency.Households));
        var now = await dwelling.GetAsync();
        Assert.Equal(recorded.Version, now.Version); // nothing was recorded: the calendar alone changed the standing
        Assert.Equal(DeductionLevel.None, now.Deductions?.Level);
        var status = await EventuallyAsync(estate.GetStatusAsync, s => s.Residency.DeductionWarnings == 0);
        Assert.Equal((0, 1), (status.Residency.DeductionWarnings, status.Residency.Households)); // the estate's figures followed
    }
}
