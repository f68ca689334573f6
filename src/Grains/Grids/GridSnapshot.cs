using Anju.Dwellings;

namespace Anju.Grids;

/// <summary>
/// The grid's dwelling summaries kept across a clean deactivation in <see cref="GridState.Snapshot"/>, so an activation
/// need not ask every dwelling. Only a snapshot known complete counts: <see cref="GridState.Clean"/> is set when it is
/// written and cleared when it is taken, so an activation after a silo died (the flag still clear) rebuilds instead.
/// </summary>
internal static class GridSnapshot
{
    /// <summary>The kept summaries when the snapshot is clean, else null (rebuild from the dwellings). Either way the
    /// snapshot is spent: emptied and no longer clean, for the grid to write before it works on.</summary>
    public static IReadOnlyCollection<DwellingSummary>? Take(GridState s)
    {
        var kept = s.Clean ? s.Snapshot.Values : null;
        s.Clean = false;
        s.Snapshot = [];
        return kept;
    }

    /// <summary>Keeps the held summaries for the next activation, marked complete.</summary>
    public static void Keep(GridState s, IReadOnlyDictionary<string, DwellingSummary> held)
    {
        s.Snapshot = new(held, StringComparer.Ordinal);
        s.Clean = true;
    }
}
