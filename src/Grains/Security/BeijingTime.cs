namespace Anju.Security;

/// <summary>Guangzhou keeps Beijing time (UTC+8, no daylight saving): days, shifts and rounds follow it.</summary>
internal static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateTimeOffset Midnight(DateTimeOffset at) =>
        new(at.ToOffset(Offset).Date, Offset);

    /// <summary>Day shift 07:00–19:00, night otherwise.</summary>
    public static ShiftPeriod Period(DateTimeOffset at) => at.ToOffset(Offset).Hour is >= 7 and < 19 ? ShiftPeriod.Day : ShiftPeriod.Night;
}
