using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>
/// Latest summary per child, keyed by child id. Applying a report replaces the child's entry only
/// when its version is newer, so repeated or reordered reports can never double count.
/// </summary>
public static class OccupancyRollup
{
    /// <summary>Applies <paramref name="report"/>; true when it changed anything.</summary>
    public static bool Apply(IDictionary<string, DwellingSummary> children, DwellingSummary report)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(report);
        if (children.TryGetValue(report.DwellingId, out var held) && held.Version >= report.Version)
        {
            return false;
        }

        children[report.DwellingId] = report;
        return true;
    }

    /// <summary>Counts derived from the children (never stored as facts).</summary>
    public static OccupancyCounts Count(IEnumerable<DwellingSummary> children)
    {
        var byState = Enum.GetValues<OccupancyState>().ToDictionary(s => s, _ => 0);
        var total = 0;
        foreach (var child in children)
        {
            byState[child.State]++;
            total++;
        }

        var occupied = byState.Where(kv => OccupancyRules.IsLivedIn(kv.Key)).Sum(kv => kv.Value);
        return new OccupancyCounts(total, occupied, byState);
    }
}
