using static Anju.Hosting.OptionsCheck;

namespace Anju.Grids;

/// <summary>Grid sizing (configuration section "Grids").</summary>
internal sealed class GridOptions
{
    /// <summary>A grid holding more households than this gets a warning (default 250). §4.3 says "about 200
    /// households a grid" (以200戶左右為一格) without a ceiling; 250 leaves a quarter of slack for the "about"
    /// before a grid is flagged as too big for its staff to know every household.</summary>
    public int WarnAboveHouseholds { get; set; } = 250;

    /// <summary>How often a grid re-derives what the calendar changes (default an hour): reviews falling overdue, and
    /// the standing of dwellings whose <c>ReassessAt</c> has passed, asked of the dwellings themselves. A standing is
    /// at most this late; rent dates are whole days and deduction windows months.</summary>
    public TimeSpan ReassessEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Grids:WarnAboveHouseholds", WarnAboveHouseholds, 1, 100_000),
        Positive("Grids:ReassessEvery", ReassessEvery));
}
