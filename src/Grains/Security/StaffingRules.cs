using Anju.Estates;

namespace Anju.Security;

/// <summary>Guards in proportion to the actual population (按照實有人口比例足額配備保安人員, §5.2).</summary>
internal static class StaffingRules
{
    /// <summary>Originator of the estate's under-staffing alarm.</summary>
    public const string Originator = "estate";

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

    /// <summary>The desk's staffing now: per zone, then the whole estate (last), under the ratios of the period.</summary>
    public static IReadOnlyList<Staffing> Compute(SecurityDeskState desk, DateTimeOffset now, int fallback)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return Compute(desk.Population, desk.Guards, desk.OnDuty.Keys, desk.Policy, BeijingTime.Period(now), fallback);
    }

    /// <summary>Takes a newer population report and runs the staffing clock. <see cref="PopulationEffect.Staffing"/> when
    /// it moved a requirement or the alarm (write it now); <see cref="PopulationEffect.Figure"/> when it only changed
    /// resident counts on a screen, which the estate re-sends when it activates (write it with the next tick: a busy
    /// estate reports on nearly every move-in); <see cref="PopulationEffect.None"/> for an older report, or for no
    /// residents at a desk that has no row yet (an estate with no residents leaves no desk row).</summary>
    public static PopulationEffect Population(SecurityDeskState desk, PopulationReport report, bool stored, DateTimeOffset now, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (desk.Population is { } held && held.Version >= report.Version)
        {
            return PopulationEffect.None;
        }

        var before = Compute(desk, now, options.ResidentsPerGuard).Select(z => (z.ZoneId, z.Required)).ToList();
        desk.Population = report;
        var after = Compute(desk, now, options.ResidentsPerGuard).Select(z => (z.ZoneId, z.Required));
        return Run(desk, now, options) | !before.SequenceEqual(after) ? PopulationEffect.Staffing
            : stored || report.Residents > 0 ? PopulationEffect.Figure
            : PopulationEffect.None;
    }

    /// <summary>Runs the desk's under-staffing clock, raising or clearing its alarm; true when the desk changed.</summary>
    public static bool Run(SecurityDeskState desk, DateTimeOffset now, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var estate = Compute(desk, now, options.ResidentsPerGuard)[^1];
        var open = AlarmBook.Open(desk.Alarms, AlarmType.UnderStaffed, Originator) is not null;
        var decision = Evaluate(estate.OnDuty < estate.Required, desk.UnderStaffedSince, open, now, desk.Policy.Grace ?? options.UnderStaffedGrace);
        var changed = decision.Since != desk.UnderStaffedSince;
        desk.UnderStaffedSince = decision.Since;
        if (decision.Raise)
        {
            AlarmBook.Raise(desk, new(AlarmType.UnderStaffed, AlarmSeverity.Major, Originator,
                $"{estate.OnDuty} of {estate.Required} guards on duty since {decision.Since:u}"), now);
        }

        if (decision.Clear)
        {
            AlarmBook.Clear(desk.Alarms, AlarmType.UnderStaffed, Originator, now, options.ClearedAlarmsKept);
        }

        return changed || decision.Raise || decision.Clear;
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

/// <summary>What a population report changed at the desk (see <see cref="StaffingRules.Population"/>).</summary>
internal enum PopulationEffect
{
    None,
    Figure,
    Staffing,
}

/// <summary>What the under-staffing clock decided: when the shortage started (null: none), raise, clear.</summary>
internal sealed record UnderStaffing(DateTimeOffset? Since, bool Raise, bool Clear);
