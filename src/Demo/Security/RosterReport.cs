namespace Anju.Demo.Security;

/// <summary>One line on the demo roster: guards rostered against required, spares, and the estates left short on purpose.</summary>
public static class RosterReport
{
    public static string Line(IReadOnlyCollection<EstateRoster> rosters)
    {
        ArgumentNullException.ThrowIfNull(rosters);
        var guards = rosters.Sum(r => r.Guards.Count);
        var required = rosters.Sum(r => r.Required);
        var posted = rosters.Sum(r => r.Guards.Count(g => g.ZoneId is not null));
        var shortOnes = rosters.Where(r => r.Short > 0).OrderBy(r => r.EstateId, StringComparer.Ordinal).ToList();
        var shortText = shortOnes.Count == 0
            ? "none left short"
            : $"{shortOnes.Count} left short on purpose (about 1 in {RosterPlan.ShortOneIn}: {string.Join(", ", shortOnes.Select(r => $"{r.EstateId} {r.Guards.Count}/{r.Required}"))})";
        return $"{guards} guards for {required} required in {rosters.Count} estates ({posted} posted to zones, one spare per zone or estate); {shortText}";
    }
}
