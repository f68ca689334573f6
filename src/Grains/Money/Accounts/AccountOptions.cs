namespace Anju.Money;

/// <summary>The public-revenue account (configuration section "Accounts"); see docs/accounts.md.</summary>
public sealed class AccountOptions
{
    /// <summary>The city's offset from UTC in hours (default 8, Guangzhou): a closed work order's charge falls on its
    /// closing day in the city's time, and "this month" and "today" are the city's.</summary>
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>How many of the newest entries the account's view lists (default 20).</summary>
    public int RecentEntries { get; set; } = 20;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        UtcOffsetHours is < -12 or > 14 ? "Accounts:UtcOffsetHours must be between -12 and 14."
        : RecentEntries is < 1 or > 500 ? "Accounts:RecentEntries must be between 1 and 500."
        : null;

    /// <summary>The day an instant falls on in the city.</summary>
    public DateOnly CityDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(UtcOffsetHours)).DateTime);
}
