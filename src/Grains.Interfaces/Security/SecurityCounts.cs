namespace Anju.Estates;

/// <summary>An estate's (or rollup's) guards and cameras. Filled by the security capability
/// through <see cref="Security.IEstateSecurityGrain"/>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.SecurityCounts")]
public sealed record SecurityCounts(
    [property: Id(0)] int GuardsOnDuty, [property: Id(1)] int GuardsRequired,
    [property: Id(2)] int CamerasOnline, [property: Id(3)] int CamerasTotal)
{
    public static SecurityCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Adds the counts of several estates (districts, the city).</summary>
    public static SecurityCounts Sum(IEnumerable<SecurityCounts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        int onDuty = 0, required = 0, online = 0, total = 0;
        foreach (var p in parts)
        {
            onDuty += p.GuardsOnDuty;
            required += p.GuardsRequired;
            online += p.CamerasOnline;
            total += p.CamerasTotal;
        }

        return new(onDuty, required, online, total);
    }
}

/// <summary>An estate's security counts with the version they were derived at; the estate keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.SecuritySection")]
public sealed record SecuritySection([property: Id(0)] long Version, [property: Id(1)] SecurityCounts Counts)
{
    public static SecuritySection Empty { get; } = new(0, SecurityCounts.Zero);
}

/// <summary>The estate's actual resident population (drives guard staffing, §5.2), in total and per
/// service zone, versioned so the receiver keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.PopulationReport")]
public sealed record PopulationReport(
    [property: Id(0)] long Version,
    [property: Id(1)] int Residents,
    [property: Id(2)] IReadOnlyDictionary<string, int> ResidentsByZone);
