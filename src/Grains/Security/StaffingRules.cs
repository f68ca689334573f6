using Anju.Estates;

namespace Anju.Security;

/// <summary>Guards in proportion to the actual population (按照實有人口比例足額配備保安人員, §5.2).</summary>
public static class StaffingRules
{
    /// <summary>⌈residents ÷ residents-per-guard⌉; nobody to protect needs nobody.</summary>
    public static int Required(int residents, int residentsPerGuard)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(residentsPerGuard, 1);
        return residents <= 0 ? 0 : (residents + residentsPerGuard - 1) / residentsPerGuard;
    }

    /// <summary>The most specific ratio: zone and period, zone, period, estate, then the default.</summary>
    public static int RatioFor(StaffingPolicy policy, string? zoneId, ShiftPeriod period, int fallback)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var best = policy.Ratios
            .Where(r => (r.ZoneId is null || r.ZoneId == zoneId) && (r.Period is null || r.Period == period))
            .OrderByDescending(r => (r.ZoneId is null ? 0 : 2) + (r.Period is null ? 0 : 1))
            .FirstOrDefault();
        return best?.ResidentsPerGuard ?? fallback;
    }

    /// <summary>Per zone, then the whole estate (last, ZoneId null): a zone's requirement uses its own ratio,
    /// residents outside any zone the estate's; guards count towards the zone they are posted to.</summary>
    public static IReadOnlyList<Staffing> Compute(
        PopulationReport? population, IReadOnlyDictionary<string, Guard> guards, IEnumerable<string> onDuty,
        StaffingPolicy policy, ShiftPeriod period, int fallback)
    {
        ArgumentNullException.ThrowIfNull(guards);
        var onDutyByZone = onDuty.Where(guards.ContainsKey).GroupBy(g => guards[g].ZoneId ?? "").ToDictionary(g => g.Key, g => g.Count());
        var residents = population?.Residents ?? 0;
        var zones = new List<Staffing>();
        foreach (var (zoneId, zoneResidents) in (population?.ResidentsByZone ?? new Dictionary<string, int>()).OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            var ratio = RatioFor(policy, zoneId, period, fallback);
            zones.Add(new Staffing(zoneId, zoneResidents, ratio, Required(zoneResidents, ratio), onDutyByZone.GetValueOrDefault(zoneId)));
        }

        var estateRatio = RatioFor(policy, null, period, fallback);
        var outside = Math.Max(0, residents - zones.Sum(z => z.Residents));
        var required = zones.Sum(z => z.Required) + Required(outside, estateRatio);
        zones.Add(new Staffing(null, residents, estateRatio, required, onDutyByZone.Values.Sum()));
        return zones;
    }

    /// <summary>The under-staffing clock: starts when coverage drops below 100%, raises once the grace has passed,
    /// stops and clears when coverage is restored.</summary>
    public static UnderStaffing Evaluate(bool isShort, DateTimeOffset? since, bool alarmOpen, DateTimeOffset now, TimeSpan grace)
    {
        if (!isShort)
        {
            return new UnderStaffing(null, Raise: false, Clear: alarmOpen);
        }

        var started = since ?? now;
        return new UnderStaffing(started, Raise: !alarmOpen && now - started >= grace, Clear: false);
    }
}

/// <summary>What the under-staffing clock decided: when the shortage started (null: none), raise, clear.</summary>
public sealed record UnderStaffing(DateTimeOffset? Since, bool Raise, bool Clear);
