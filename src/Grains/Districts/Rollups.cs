using Anju.Dwellings;
using Anju.Estates;

namespace Anju.Districts;

/// <summary>Pure arithmetic of rollups: newest-wins per child, sums, and versions that never go back.</summary>
public static class Rollups
{
    /// <summary>Keeps <paramref name="report"/> when it is newer than what is held for its key.</summary>
    public static bool ApplyNewest<T>(IDictionary<string, T> held, string key, T report, Func<T, long> version) =>
        ApplyNewest(held, key, report, version, out _);

    /// <summary>As above; <paramref name="replaced"/> is what was held for the key before (default when nothing).</summary>
    public static bool ApplyNewest<T>(IDictionary<string, T> held, string key, T report, Func<T, long> version, out T? replaced)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(version);
        if (held.TryGetValue(key, out replaced) && version(replaced) >= version(report))
        {
            return false;
        }

        held[key] = report;
        return true;
    }

    /// <summary>Adds occupancy counts together.</summary>
    public static OccupancyCounts Sum(IEnumerable<OccupancyCounts> parts)
    {
        var byState = Enum.GetValues<OccupancyState>().ToDictionary(s => s, _ => 0);
        int dwellings = 0, occupied = 0;
        foreach (var part in parts)
        {
            dwellings += part.Dwellings;
            occupied += part.Occupied;
            foreach (var (state, count) in part.ByState)
            {
                byState[state] += count;
            }
        }

        return new OccupancyCounts(dwellings, occupied, byState);
    }

    /// <summary>Totals of the estates' residency, incident, security and facility sections.</summary>
    public static EstateTotals Totals(IReadOnlyCollection<EstateSummary> estates) =>
        Totals([.. estates.Select(e => new EstateTotals(e.Residency, e.Incidents, e.Security, e.Facilities))]);

    /// <summary>Totals of several districts' totals.</summary>
    public static EstateTotals Totals(IReadOnlyCollection<EstateTotals> parts) =>
        new(Grids.GridRollup.Sum(parts.Select(e => e.Residency)), IncidentCounts.Sum(parts.Select(e => e.Incidents)),
            SecurityCounts.Sum(parts.Select(e => e.Security)), FacilityCounts.Sum(parts.Select(e => e.Facilities)));

    /// <summary>
    /// The next version of a derived rollup that is not persisted: at least one more than the last,
    /// and at least the clock's Unix milliseconds, so a re-activated rollup never publishes an
    /// older-looking version. Milliseconds, not ticks: versions reach browsers, whose numbers are
    /// exact only up to 2^53.
    /// </summary>
    public static long NextVersion(long last, DateTimeOffset now) => Math.Max(last + 1, now.ToUnixTimeMilliseconds());
}
