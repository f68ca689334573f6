using System.Diagnostics.Metrics;
using Anju.Alarms;
using Anju.Estates;
using Anju.Incidents;
using Anju.Security;

namespace Anju.Districts;

/// <summary>
/// The city's open incidents and open alarms by severity (meter <c>Anju.City</c>), as observable gauges read from the
/// figures the city grain and the city's alarm stream last published: a scrape activates no grain and asks none. Only
/// the silo holding those grains reports them (sum over silos); a grain that leaves its silo takes its figures along.
/// </summary>
internal static class CityMeter
{
    private static readonly Meter Meter = new("Anju.City");
    private static volatile IncidentCounts? _incidents;
    private static volatile IReadOnlyList<BoardAlarm>? _alarms;

    static CityMeter()
    {
        Meter.CreateObservableGauge("anju.incidents.open", ObserveIncidents, "{incident}", "Open incidents in the city, by severity");
        Meter.CreateObservableGauge("anju.alarms.open", ObserveAlarms, "{alarm}", "Open alarms on the city's stream, by the severity they have risen to");
    }

    /// <summary>The city's figures as last published; null when the city grain left this silo.</summary>
    public static void Incidents(IncidentCounts? counts) => _incidents = counts;

    /// <summary>The city's open alarms as last published; null when the city's stream left this silo.</summary>
    public static void Alarms(IReadOnlyList<BoardAlarm>? open) => _alarms = open;

    private static IEnumerable<Measurement<int>> ObserveIncidents()
    {
        if (_incidents is not { } c)
        {
            yield break;
        }

        yield return Severity(c.OpenCritical, nameof(IncidentSeverity.Critical));
        yield return Severity(c.OpenMajor, nameof(IncidentSeverity.Major));
        yield return Severity(c.OpenMinor, nameof(IncidentSeverity.Minor));
        yield return Severity(c.OpenInfo, nameof(IncidentSeverity.Info));
    }

    private static IEnumerable<Measurement<int>> ObserveAlarms()
    {
        if (_alarms is not { } open)
        {
            yield break;
        }

        foreach (var severity in Enum.GetValues<AlarmSeverity>())
        {
            yield return Severity(open.Count(a => a.Severity == severity), severity.ToString());
        }
    }

    private static Measurement<int> Severity(int value, string severity) =>
        new(value, new KeyValuePair<string, object?>("severity", severity.ToLowerInvariant()));
}
