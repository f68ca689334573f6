namespace Anju.Estates;

/// <summary>An estate's (or rollup's) open incidents: by severity, overdue and escalated.
/// Filled by the incidents capability through <see cref="Incidents.IEstateIncidentsGrain"/>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.IncidentCounts")]
public sealed record IncidentCounts(
    [property: Id(0)] int OpenCritical, [property: Id(1)] int OpenMajor, [property: Id(2)] int OpenMinor,
    [property: Id(3)] int Overdue, [property: Id(4)] int Escalated)
{
    public static IncidentCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Adds the counts of several estates (districts, the city).</summary>
    public static IncidentCounts Sum(IEnumerable<IncidentCounts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        int critical = 0, major = 0, minor = 0, overdue = 0, escalated = 0;
        foreach (var p in parts)
        {
            critical += p.OpenCritical;
            major += p.OpenMajor;
            minor += p.OpenMinor;
            overdue += p.Overdue;
            escalated += p.Escalated;
        }

        return new(critical, major, minor, overdue, escalated);
    }
}

/// <summary>An estate's incident counts with the version they were derived at; the estate keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentSection")]
public sealed record IncidentSection([property: Id(0)] long Version, [property: Id(1)] IncidentCounts Counts)
{
    public static IncidentSection Empty { get; } = new(0, IncidentCounts.Zero);
}
