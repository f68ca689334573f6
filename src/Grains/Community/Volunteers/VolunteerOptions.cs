namespace Anju.Community;

/// <summary>Volunteers and their hours (configuration section "Volunteers"); see docs/community.md.</summary>
public sealed class VolunteerOptions
{
    /// <summary>The most hours one volunteer may be credited for one activity (default 24: a day).</summary>
    public decimal MaxHoursPerActivity { get; set; } = 24m;

    /// <summary>The most volunteers one activity lists (default 500).</summary>
    public int MaxParticipants { get; set; } = 500;

    /// <summary>The city's offset from UTC in hours (default 8, Guangzhou): an activity may not be dated after the city's today.</summary>
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        MaxHoursPerActivity is <= 0m or > 24m ? "Volunteers:MaxHoursPerActivity must be more than 0 and at most 24."
        : MaxParticipants is < 1 or > 5000 ? "Volunteers:MaxParticipants must be between 1 and 5000."
        : UtcOffsetHours is < -12 or > 14 ? "Volunteers:UtcOffsetHours must be between -12 and 14."
        : null;

    /// <summary>The day an instant falls on in the city.</summary>
    public DateOnly CityDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(UtcOffsetHours)).DateTime);
}
