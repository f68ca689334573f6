using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>Occupancy counts of a set of dwellings (a grid keeps the newest summary per dwelling
/// with <see cref="Districts.Rollups.ApplyNewest{T}(IDictionary{string, T}, string, T, Func{T, long})"/>, so repeats and reorders never double count).</summary>
internal static class OccupancyRollup
{
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
