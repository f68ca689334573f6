namespace Anju.Demo.Terminal;

/// <summary>Short clock-style durations for console lines.</summary>
public static class Durations
{
    /// <summary><c>0:07</c>, <c>12:30</c>, <c>1:02:03</c>.</summary>
    public static string Short(TimeSpan span) => Format(TimeSpan.FromSeconds(Math.Round(span.TotalSeconds)));

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss") : span.ToString(@"m\:ss");
}
