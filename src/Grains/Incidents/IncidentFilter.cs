namespace Anju.Incidents;

/// <summary>Whether a case matches a list query.</summary>
internal static class IncidentFilter
{
    public static bool Matches(IncidentSummary c, IncidentQuery q)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(q);
        return (q.Status is null || c.Status == q.Status)
            && (q.Severity is null || c.Severity == q.Severity)
            && (q.Category is null || c.Category == q.Category)
            && (q.ReachedLevel is null || c.Level >= q.ReachedLevel)
            && (q.Open is null || IncidentLifecycle.IsOpen(c.Status) == q.Open)
            && (q.CreatedFrom is null || c.CreatedAt >= q.CreatedFrom)
            && (q.CreatedTo is null || c.CreatedAt <= q.CreatedTo)
            && (q.GridId is null || string.Equals(c.Location.GridId, q.GridId, StringComparison.Ordinal));
    }
}
