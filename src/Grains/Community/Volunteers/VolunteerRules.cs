using Anju.Common;

namespace Anju.Community;

/// <summary>What a volunteer's registration, a building leader and an activity's hours may say. Pure.</summary>
internal static class VolunteerRules
{
    /// <summary>The registration as stored; a building named must be one of the estate's.</summary>
    public static Volunteer Volunteer(Volunteer v, ISet<string> buildings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new Volunteer(
            Validate.Id("volunteerId", v.VolunteerId), Validate.Text("name", v.Name, 50), Phone("phone", v.Phone),
            Building("buildingId", v.BuildingId, buildings), v.Security, NotAfter("registeredOn", v.RegisteredOn, today));
    }

    /// <summary>The leader as stored: the building must be the estate's.</summary>
    public static BuildingLeader Leader(BuildingLeader l, ISet<string> buildings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new BuildingLeader(
            Building("buildingId", l.BuildingId, buildings) ?? throw new ValidationException("buildingId", "buildingId is required."),
            Validate.Text("name", l.Name, 50), Phone("phone", l.Phone), NotAfter("since", l.Since, today), l.AppointedBy);
    }

    /// <summary>The activity as stored: dated by today, every volunteer registered and listed once, each with more than
    /// 0 and at most <paramref name="maxHours"/> hours in quarter hours.</summary>
    public static VolunteerActivity Activity(VolunteerActivity a, ISet<string> volunteers, decimal maxHours, int maxParticipants, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (!Enum.IsDefined(a.Kind))
        {
            throw new ValidationException("kind", $"kind must be one of {string.Join(", ", Enum.GetNames<ActivityKind>())}.");
        }

        if (a.Hours is null || a.Hours.Count == 0 || a.Hours.Count > maxParticipants)
        {
            throw new ValidationException("hours", $"An activity lists 1 to {maxParticipants} volunteers with their hours.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hours = a.Hours.Select((h, i) =>
        {
            var at = $"hours[{i}]";
            var id = Validate.Id($"{at}.volunteerId", h?.VolunteerId);
            if (!volunteers.Contains(id))
            {
                throw new ValidationException($"{at}.volunteerId", $"Volunteer {id} is not registered in this estate.");
            }

            return !seen.Add(id) ? throw new ValidationException($"{at}.volunteerId", $"Volunteer {id} is listed twice.")
                : new ActivityHours(id, VolunteerHours.Check($"{at}.hours", h!.Hours, maxHours));
        }).ToList();
        return new VolunteerActivity(Validate.Id("activityId", a.ActivityId), Validate.Text("title", a.Title, 200), a.Kind,
            NotAfter("date", a.Date, today), hours);
    }

    /// <summary>Whether two activities say the same (hours compared item by item).</summary>
    public static bool Same(VolunteerActivity a, VolunteerActivity b) =>
        a.ActivityId == b.ActivityId && a.Title == b.Title && a.Kind == b.Kind && a.Date == b.Date && a.Hours.SequenceEqual(b.Hours);

    private static string? Phone(string field, string? phone) => string.IsNullOrWhiteSpace(phone) ? null : Validate.Text(field, phone, 20);

    private static string? Building(string field, string? id, ISet<string> buildings) =>
        string.IsNullOrWhiteSpace(id) ? null
        : buildings.Contains(Validate.Id(field, id.Trim())) ? id.Trim()
        : throw new ValidationException(field, $"Building {id} is not in this estate.");

    private static DateOnly NotAfter(string field, DateOnly day, DateOnly today) =>
        Validate.Day(field, day) > today ? throw new ValidationException(field, $"{field} must not be after today ({today:yyyy-MM-dd}).") : day;
}
