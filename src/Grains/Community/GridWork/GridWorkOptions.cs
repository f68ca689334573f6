namespace Anju.Community;

/// <summary>Grid work (configuration section "GridWork"); see docs/community.md.</summary>
public sealed class GridWorkOptions
{
    /// <summary>The city's offset from UTC in hours (default 8, Guangzhou): "today" and "overdue" are the city's day.</summary>
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>The most dwellings one information-collection task covers (default 500: a grid is about 200 households).</summary>
    public int MaxTaskDwellings { get; set; } = 500;

    /// <summary>How many recent command ids a grid's work remembers to answer a repeat (default 500).</summary>
    public int CommandIdsKept { get; set; } = 500;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        UtcOffsetHours is < -12 or > 14 ? "GridWork:UtcOffsetHours must be between -12 and 14."
        : MaxTaskDwellings is < 1 or > 5000 ? "GridWork:MaxTaskDwellings must be between 1 and 5000."
        : CommandIdsKept is < 10 or > 10000 ? "GridWork:CommandIdsKept must be between 10 and 10000."
        : null;

    /// <summary>The day an instant falls on in the city.</summary>
    public DateOnly CityDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(UtcOffsetHours)).DateTime);
}
