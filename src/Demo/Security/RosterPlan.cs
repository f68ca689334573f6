namespace Anju.Demo.Security;

/// <summary>
/// How many guards the demo rosters in an estate, from what its security desk says is required: per service
/// zone its required guards plus one spare posted to that zone, the same for residents outside any zone
/// (unposted guards), and one guard at the gate of an estate nobody lives in. A deliberate share of estates
/// (<see cref="ShortOneIn"/>, chosen from the seed) gets one or two guards fewer than required and no spares,
/// so the security view shows real under-staffing beside a mostly healthy city.
/// </summary>
public static class RosterPlan
{
    /// <summary>About one estate in this many is left short on purpose (rounded: 100 estates → 8, 10 → 1, 5 → 0).</summary>
    public const int ShortOneIn = 12;

    /// <summary>The roster of one estate from its desk's staffing rows (zone rows, and the estate row with ZoneId null);
    /// <paramref name="shortBy"/> guards are left out, taken from the scopes with the most guards.</summary>
    public static EstateRoster For(string estateId, IReadOnlyList<StaffingNeed> staffing, int shortBy)
    {
        ArgumentNullException.ThrowIfNull(staffing);
        var zones = staffing.Where(s => s.ZoneId is not null).OrderBy(s => s.ZoneId, StringComparer.Ordinal).ToList();
        var required = staffing.LastOrDefault(s => s.ZoneId is null)?.Required ?? zones.Sum(z => z.Required);
        var outside = Math.Max(0, required - zones.Sum(z => z.Required));
        shortBy = Math.Clamp(shortBy, 0, required);
        var spare = shortBy == 0 ? 1 : 0;

        // Scopes in a fixed order: each zone, then the estate's own (unposted) guards.
        var scopes = zones.Select(z => (Zone: z.ZoneId, Count: z.Required > 0 ? z.Required + spare : 0))
            .Append((Zone: (string?)null, Count: outside > 0 ? outside + spare : 0)).ToArray();
        if (required == 0)
        {
            scopes[^1].Count = 1; // nobody to protect, but the gate is still kept
        }

        for (var left = shortBy; left > 0; left--)
        {
            var most = Array.FindIndex(scopes, s => s.Count == scopes.Max(x => x.Count));
            scopes[most].Count--;
        }

        var guards = scopes.SelectMany(s => Enumerable.Range(1, s.Count).Select(n => new PlannedGuard(GuardId(s.Zone, n), GuardName(s.Zone, n), s.Zone))).ToList();
        return new EstateRoster(estateId, required, guards, shortBy);
    }

    /// <summary>Which estates are left short and by how many guards (1 or 2): the same estates for the same seed and
    /// the same set of estates, whatever their order.</summary>
    public static IReadOnlyDictionary<string, int> Shortages(IEnumerable<string> estateIds, int seed)
    {
        var ids = estateIds.Distinct(StringComparer.Ordinal).ToList();
        var count = (ids.Count + (ShortOneIn / 2)) / ShortOneIn;
        return ids.OrderBy(id => Hash(seed, id)).ThenBy(id => id, StringComparer.Ordinal)
            .Take(count)
            .ToDictionary(id => id, id => 1 + (int)(Hash(seed, $"{id}/short") % 2), StringComparer.Ordinal);
    }

    /// <summary>A guard's id: <c>G01</c> for the estate's own guards, <c>Z1-G01</c> for one posted to zone Z1, so a
    /// guard keeps its id and post when a re-seed resizes the roster.</summary>
    public static string GuardId(string? zoneId, int n) => zoneId is null ? $"G{n:D2}" : $"{zoneId}-G{n:D2}";

    private static string GuardName(string? zoneId, int n) => zoneId is null ? $"保安{n}号" : $"{zoneId}保安{n}号";

    /// <summary>FNV-1a over the seed and the text, then a 64-bit finalizer (the ids differ in their last characters, which
    /// FNV alone spreads poorly); string.GetHashCode is seeded per process, not repeatable across runs.</summary>
    private static ulong Hash(int seed, string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in $"{seed}/{text}")
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        hash = unchecked((hash ^ (hash >> 33)) * 0xff51afd7ed558ccdUL);
        hash = unchecked((hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53UL);
        return hash ^ (hash >> 33);
    }
}
