using Anju.Common;
using Anju.Incidents;

namespace Anju.Community;

/// <summary>Pure rules of the environment figures (§4.8): the sorting rate of a month and which incident categories are
/// environment matters.</summary>
public static class SortingRules
{
    /// <summary>The most kilograms one stream may weigh in a month at one estate (1,000 tonnes: far above any estate).</summary>
    public const decimal MaxKilograms = 1_000_000m;

    /// <summary>The sorting rate (分類率): the kilograms of the sorted streams (recyclable, kitchen, hazardous) as a share of
    /// all kilograms, 0–1 to four places; null when nothing was weighed (no data is not a rate of 0).</summary>
    public static decimal? Rate(IReadOnlyDictionary<WasteStream, decimal> kilograms)
    {
        ArgumentNullException.ThrowIfNull(kilograms);
        var total = kilograms.Values.Sum();
        return total <= 0 ? null : Math.Round(kilograms.Where(k => k.Key != WasteStream.Residual).Sum(k => k.Value) / total, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>Kilograms per stream as stored: each 0 to <see cref="MaxKilograms"/> with at most two places, at least one
    /// stream, every stream listed (a missing one is 0).</summary>
    public static IReadOnlyDictionary<WasteStream, decimal> Kilograms(IReadOnlyDictionary<WasteStream, decimal>? kilograms)
    {
        if (kilograms is null || kilograms.Count == 0)
        {
            throw new ValidationException("kilograms", "kilograms must name at least one stream.");
        }

        foreach (var (stream, kg) in kilograms)
        {
            var field = $"kilograms.{stream}";
            if (!Enum.IsDefined(stream))
            {
                throw new ValidationException("kilograms", $"kilograms may name only {string.Join(", ", Enum.GetNames<WasteStream>())}.");
            }

            if (kg < 0 || kg > MaxKilograms || decimal.Round(kg, 2) != kg)
            {
                throw new ValidationException(field, $"{field} must be 0 to {MaxKilograms:0} kg with at most two decimal places.");
            }
        }

        return Enum.GetValues<WasteStream>().ToDictionary(s => s, s => kilograms.TryGetValue(s, out var kg) ? kg : 0m);
    }

    /// <summary>The environment category of an incident category, or null when it is not an environment matter.</summary>
    public static EnvironmentCategory? Of(IncidentCategory category) => category switch
    {
        IncidentCategory.Environment => EnvironmentCategory.Greening,
        IncidentCategory.IllegalStructure => EnvironmentCategory.IllegalStructure,
        IncidentCategory.Parking => EnvironmentCategory.Parking,
        IncidentCategory.Pets => EnvironmentCategory.Pets,
        IncidentCategory.GarbageSorting => EnvironmentCategory.GarbageSorting,
        _ => null,
    };

    /// <summary>Counts per category: the incidents held (open and all) and the matters recorded by hand; every category listed.</summary>
    public static IReadOnlyList<EnvironmentCount> Count(IEnumerable<IncidentSummary> incidents, IEnumerable<EnvironmentMatter> recorded)
    {
        var cases = incidents.Select(i => (Category: Of(i.Category), Open: IncidentLifecycle.IsOpen(i.Status))).Where(i => i.Category is not null).ToList();
        var hand = recorded.ToList();
        return [.. Enum.GetValues<EnvironmentCategory>().Select(c => new EnvironmentCount(c,
            cases.Count(i => i.Category == c && i.Open), cases.Count(i => i.Category == c), hand.Count(m => m.Category == c)))];
    }

    /// <summary>A station as stored.</summary>
    public static GarbageStation Station(GarbageStation station)
    {
        ArgumentNullException.ThrowIfNull(station);
        var streams = station.Streams ?? [];
        if (streams.Count == 0 || streams.Any(s => !Enum.IsDefined(s)) || streams.Distinct().Count() != streams.Count)
        {
            throw new ValidationException("streams", $"streams must list at least one of {string.Join(", ", Enum.GetNames<WasteStream>())}, each once.");
        }

        return new(Validate.Id("stationId", station.StationId), Validate.Text("name", station.Name, 100), Validate.Text("location", station.Location, 200),
            [.. streams.Order()], station.Staffed);
    }
}
