using Anju.Estates;

namespace Anju.Incidents;

/// <summary>Counts of a set of cases: open by severity, overdue and escalated among the open, and the last
/// 24 hours' acknowledgement and closing times (as sums and counts, so totals add exactly).</summary>
internal static class IncidentTally
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public static IncidentCounts Count(IEnumerable<IncidentSummary> cases, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        int critical = 0, major = 0, minor = 0, info = 0, overdue = 0, escalated = 0, acknowledged = 0, closed = 0;
        double toAcknowledge = 0, toClose = 0;
        var since = now - Window;
        foreach (var c in cases)
        {
            if (IncidentLifecycle.IsOpen(c.Status))
            {
                _ = c.Severity switch
                {
                    IncidentSeverity.Critical => critical++,
                    IncidentSeverity.Major => major++,
                    IncidentSeverity.Minor => minor++,
                    _ => info++,
                };
                overdue += IsOverdue(c, now) ? 1 : 0;
                escalated += c.Level > EscalationLevel.Grid ? 1 : 0;
            }

            if (c.AcknowledgedAt is { } ack && ack > since)
            {
                acknowledged++;
                toAcknowledge += Math.Max(0, (ack - c.CreatedAt).TotalMinutes);
            }

            if (c.ClosedAt is { } end && end > since)
            {
                closed++;
                toClose += Math.Max(0, (end - c.CreatedAt).TotalMinutes);
            }
        }

        return new IncidentCounts(critical, major, minor, overdue, escalated)
        {
            OpenInfo = info,
            Acknowledged24h = acknowledged,
            MinutesToAcknowledgeSum24h = Math.Round(toAcknowledge, 3),
            Closed24h = closed,
            MinutesToCloseSum24h = Math.Round(toClose, 3),
        };
    }

    /// <summary>Overdue: it breached a clock before, or a running clock is past due now (before the case's own timer fired).</summary>
    public static bool IsOverdue(IncidentSummary c, DateTimeOffset now) =>
        c.Overdue || SlaRules.FirstBreach(c.Status, c.Deadlines, now) is not null;

    /// <summary>Counts per grid; cases placed at estate level only count in the estate total.</summary>
    public static IReadOnlyDictionary<string, IncidentCounts> ByGrid(IEnumerable<IncidentSummary> cases, DateTimeOffset now) =>
        cases.Where(c => c.Location.GridId is not null)
            .GroupBy(c => c.Location.GridId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Count(g, now), StringComparer.Ordinal);
}
