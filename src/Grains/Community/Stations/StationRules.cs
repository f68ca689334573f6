using Anju.Common;

namespace Anju.Community;

/// <summary>A community service station's record (§4.4): named, placed, staffed, with opening hours that make sense
/// (each slot opens before it closes, slots of one day do not overlap) and the services it offers. Pure.</summary>
internal static class StationRules
{
    public const int MaxStaff = 50;

    public const int MaxSlots = 21;

    public const int MaxServices = 30;

    /// <summary>The station as it will be stored (texts trimmed, hours in day and time order).</summary>
    public static ServiceStation Check(ServiceStation station)
    {
        ArgumentNullException.ThrowIfNull(station);
        var staff = Listed("staff", station.Staff, MaxStaff).Select((s, i) => new StationStaff(
            Validate.Text($"staff[{i}].name", s.Name, 50), Validate.Text($"staff[{i}].role", s.Role, 50),
            string.IsNullOrWhiteSpace(s.Phone) ? null : Validate.Text($"staff[{i}].phone", s.Phone, 20))).ToList();
        var hours = Listed("hours", station.Hours, MaxSlots).Select((h, i) => Slot(h, i)).ToList();
        var sorted = hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Day == sorted[i - 1].Day && sorted[i].Opens < sorted[i - 1].Closes)
            {
                throw new ValidationException("hours", $"Opening hours on {sorted[i].Day} overlap ({sorted[i - 1].Opens:HH\\:mm}–{sorted[i - 1].Closes:HH\\:mm} and {sorted[i].Opens:HH\\:mm}–{sorted[i].Closes:HH\\:mm}).");
            }
        }

        var services = Listed("services", station.Services, MaxServices).Select((s, i) => Validate.Text($"services[{i}]", s, 100)).ToList();
        return new ServiceStation(
            Validate.Id("stationId", station.StationId), Validate.Text("name", station.Name, 100), Validate.Text("address", station.Address, 200),
            staff, sorted, services);
    }

    /// <summary>Whether two records say the same (lists compared item by item).</summary>
    public static bool Same(ServiceStation a, ServiceStation b) =>
        a.StationId == b.StationId && a.Name == b.Name && a.Address == b.Address
        && a.Staff.SequenceEqual(b.Staff) && a.Hours.SequenceEqual(b.Hours) && a.Services.SequenceEqual(b.Services);

    private static OpeningHours Slot(OpeningHours h, int i) =>
        !Enum.IsDefined(h.Day) ? throw new ValidationException($"hours[{i}].day", $"hours[{i}].day must be a day of the week.")
        : h.Opens >= h.Closes ? throw new ValidationException($"hours[{i}]", $"hours[{i}] must open before it closes.")
        : h;

    private static IReadOnlyList<T> Listed<T>(string field, IReadOnlyList<T?>? items, int max)
        where T : class
    {
        var list = items ?? [];
        if (list.Count > max)
        {
            throw new ValidationException(field, $"{field} may list at most {max}.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ValidationException($"{field}[{i}]", $"{field}[{i}] must not be null.");
            }
        }

        return list!;
    }
}
