using Anju.Estates;

namespace Anju.Incidents;

/// <summary>The estate's incident book as pure functions of its state: which case an alarm already has open, taking
/// a case's newest summary, forgetting what is finished, and where a case may be placed.</summary>
internal static class IncidentBook
{
    /// <summary>The open case filed for <paramref name="alarm"/> (one per open device alarm), or null.</summary>
    public static string? OpenCaseFor(EstateIncidentsState s, string? alarm) =>
        alarm is not null && s.OpenAlarms.TryGetValue(alarm, out var id) && s.Cases.TryGetValue(id, out var open) && IncidentLifecycle.IsOpen(open.Status)
            ? id
            : null;

    /// <summary>Keeps the newest version of a case (false, nothing changed, for an older or repeated one), then forgets
    /// finished cases last changed before <paramref name="forgetBefore"/> and alarms whose case is no longer open.</summary>
    public static bool Take(EstateIncidentsState s, IncidentSummary summary, string? alarm, DateTimeOffset forgetBefore)
    {
        if (s.Cases.TryGetValue(summary.IncidentId, out var held) && held.Version >= summary.Version)
        {
            return false;
        }

        s.Cases[summary.IncidentId] = summary;
        if (alarm is not null)
        {
            s.OpenAlarms[alarm] = summary.IncidentId;
        }

        foreach (var old in s.Cases.Values.Where(c => !IncidentLifecycle.IsOpen(c.Status) && c.UpdatedAt < forgetBefore).ToList())
        {
            s.Cases.Remove(old.IncidentId);
        }

        foreach (var (key, id) in s.OpenAlarms.ToList())
        {
            if (!s.Cases.TryGetValue(id, out var c) || !IncidentLifecycle.IsOpen(c.Status))
            {
                s.OpenAlarms.Remove(key);
            }
        }

        return true;
    }

    /// <summary>Open cases, newest first: what the incidents screen lists (a plain list: it travels as a live payload).</summary>
    public static List<IncidentSummary> Open(EstateIncidentsState s) =>
        s.Cases.Values.Where(c => IncidentLifecycle.IsOpen(c.Status)).OrderByDescending(c => c.CreatedAt).ToList();

    /// <summary>The grid and building a case names must be in the estate's structure.</summary>
    public static void CheckPlace(string estateId, EstateStructure structure, IncidentLocation location)
    {
        if (location.GridId is { } grid && !structure.Grids.Any(g => g.GridId == grid))
        {
            throw new ValidationException("location.gridId", $"Estate '{estateId}' has no grid '{grid}'.");
        }

        if (location.BuildingId is { } building && !structure.Buildings.Any(b => b.BuildingId == building))
        {
            throw new ValidationException("location.buildingId", $"Estate '{estateId}' has no building '{building}'.");
        }
    }

    /// <summary>Grids whose number of open matters differs from what they were last told, with the number now.</summary>
    public static IEnumerable<(string GridId, int Open)> MattersChanged(IReadOnlyDictionary<string, int> open, IReadOnlyDictionary<string, int> sent) =>
        from gridId in open.Keys.Union(sent.Keys, StringComparer.Ordinal)
        let now = open.GetValueOrDefault(gridId)
        where now != sent.GetValueOrDefault(gridId)
        select (gridId, now);
}
