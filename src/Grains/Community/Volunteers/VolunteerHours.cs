namespace Anju.Community;

/// <summary>Volunteer hours (志願時, §5.3): what one entry may be, and the totals per person and for the estate over a
/// period. Pure and documented in docs/community.md.</summary>
public static class VolunteerHours
{
    /// <summary>Hours are credited in quarter hours.</summary>
    public const decimal Step = 0.25m;

    /// <summary>One volunteer's hours at one activity: more than 0, at most <paramref name="max"/>, in quarter hours.</summary>
    public static decimal Check(string field, decimal hours, decimal max) =>
        hours <= 0m ? throw new ValidationException(field, $"{field} must be more than 0.")
        : hours > max ? throw new ValidationException(field, $"{field} must be at most {max} for one activity.")
        : hours % Step != 0m ? throw new ValidationException(field, $"{field} must be in quarter hours (0.25).")
        : hours;

    /// <summary>The totals over <paramref name="from"/>–<paramref name="to"/> (inclusive; null: open): each registered
    /// volunteer's hours and activities (those with none over the period included, at 0), the estate's hours, the
    /// security volunteers' hours, how many volunteers and security volunteers are registered, and how many activities
    /// fall in the period. People are listed most hours first, then by id.</summary>
    public static VolunteerHoursTotals Totals(IEnumerable<Volunteer> volunteers, IEnumerable<VolunteerActivity> activities, DateOnly? from, DateOnly? to)
    {
        var roster = volunteers.ToDictionary(v => v.VolunteerId, StringComparer.Ordinal);
        var inPeriod = activities.Where(a => (from is null || a.Date >= from) && (to is null || a.Date <= to)).ToList();
        var credited = inPeriod.SelectMany(a => a.Hours).Where(h => roster.ContainsKey(h.VolunteerId))
            .GroupBy(h => h.VolunteerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Hours: g.Sum(h => h.Hours), Count: g.Count()), StringComparer.Ordinal);
        var people = roster.Values
            .Select(v => credited.TryGetValue(v.VolunteerId, out var c)
                ? new VolunteerTotal(v.VolunteerId, c.Hours, c.Count, v.Security)
                : new VolunteerTotal(v.VolunteerId, 0m, 0, v.Security))
            .OrderByDescending(t => t.Hours).ThenBy(t => t.VolunteerId, StringComparer.Ordinal)
            .ToList();
        return new VolunteerHoursTotals(from, to, people, people.Sum(p => p.Hours), people.Where(p => p.Security).Sum(p => p.Hours),
            roster.Count, roster.Values.Count(v => v.Security), inPeriod.Count);
    }
}
