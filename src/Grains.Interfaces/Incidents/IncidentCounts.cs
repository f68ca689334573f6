namespace Anju.Estates;

/// <summary>An estate's (or rollup's) open incidents: by severity, overdue and escalated, and the last 24 hours'
/// acknowledgement and closing times. Means are carried as sums and counts so totals stay exact.
/// Filled by the incidents capability through <see cref="Incidents.IEstateIncidentsGrain"/>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.IncidentCounts")]
public sealed record IncidentCounts(
    [property: Id(0)] int OpenCritical, [property: Id(1)] int OpenMajor, [property: Id(2)] int OpenMinor,
    [property: Id(3)] int Overdue, [property: Id(4)] int Escalated)
{
    public static IncidentCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Open cases of severity info (not in the health score).</summary>
    [Id(5)] public int OpenInfo { get; init; }

    /// <summary>Cases acknowledged (filed) in the last 24 hours.</summary>
    [Id(6)] public int Acknowledged24h { get; init; }

    /// <summary>Sum of their minutes from collection to acknowledgement.</summary>
    [Id(7)] public double MinutesToAcknowledgeSum24h { get; init; }

    /// <summary>Cases closed in the last 24 hours.</summary>
    [Id(8)] public int Closed24h { get; init; }

    /// <summary>Sum of their minutes from collection to closing.</summary>
    [Id(9)] public double MinutesToCloseSum24h { get; init; }

    /// <summary>All open cases, every severity.</summary>
    public int Open => OpenCritical + OpenMajor + OpenMinor + OpenInfo;

    /// <summary>Mean minutes to acknowledge over the last 24 hours; null when none was acknowledged.</summary>
    public double? MeanMinutesToAcknowledge24h => Acknowledged24h > 0 ? Math.Round(MinutesToAcknowledgeSum24h / Acknowledged24h, 1) : null;

    /// <summary>Mean minutes to close over the last 24 hours; null when none was closed.</summary>
    public double? MeanMinutesToClose24h => Closed24h > 0 ? Math.Round(MinutesToCloseSum24h / Closed24h, 1) : null;

    /// <summary>Adds the counts of several estates (districts, the city).</summary>
    public static IncidentCounts Sum(IEnumerable<IncidentCounts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        int critical = 0, major = 0, minor = 0, overdue = 0, escalated = 0, info = 0, acknowledged = 0, closed = 0;
        double toAcknowledge = 0, toClose = 0;
        foreach (var p in parts)
        {
            critical += p.OpenCritical;
            major += p.OpenMajor;
            minor += p.OpenMinor;
            overdue += p.Overdue;
            escalated += p.Escalated;
            info += p.OpenInfo;
            acknowledged += p.Acknowledged24h;
            toAcknowledge += p.MinutesToAcknowledgeSum24h;
            closed += p.Closed24h;
            toClose += p.MinutesToCloseSum24h;
        }

        return new(critical, major, minor, overdue, escalated)
        {
            OpenInfo = info,
            Acknowledged24h = acknowledged,
            MinutesToAcknowledgeSum24h = toAcknowledge,
            Closed24h = closed,
            MinutesToCloseSum24h = toClose,
        };
    }
}

/// <summary>An estate's incident counts with the version they were derived at; the estate keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentSection")]
public sealed record IncidentSection([property: Id(0)] long Version, [property: Id(1)] IncidentCounts Counts)
{
    public static IncidentSection Empty { get; } = new(0, IncidentCounts.Zero);
}
