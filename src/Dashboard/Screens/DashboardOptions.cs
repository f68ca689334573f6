using static Anju.Hosting.OptionsCheck;

namespace Anju.Dashboard.Screens;

/// <summary>What the screens show by default (configuration section "Dashboard").</summary>
public sealed class DashboardOptions
{
    /// <summary>The estate the estate screen shows when the address names none (<c>?id=</c>) and
    /// the browser remembers none it showed before.</summary>
    public string FeaturedEstate { get; set; } = "TH-0001";

    /// <summary>The silo's HTTP API, to which the dashboard forwards the screens' <c>/api</c> calls
    /// (default the silo of <c>deploy/run.sh</c>).</summary>
    public string Api { get; set; } = "http://127.0.0.1:5080/";

    /// <summary>An estate whose health score falls below this raises an alarm on the wall
    /// (default 60: the score loses 40 points only when several things are wrong at once;
    /// docs/health-score.md). Tiles are coloured by the same bands: below it red, below
    /// <see cref="HealthWatchBelow"/> amber.</summary>
    public int HealthAlarmBelow { get; set; } = 60;

    /// <summary>Below this an estate's tile turns amber (default 85: losing 15 points takes more
    /// than everyday vacancy, whose cap is 10; a fifth of households in serious arrears costs 10,
    /// all guards missing 20).</summary>
    public int HealthWatchBelow { get; set; } = 85;

    /// <summary>Minutes of trend the wall's sparklines keep (default 60).</summary>
    public int TrendMinutes { get; set; } = 60;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        string.IsNullOrWhiteSpace(FeaturedEstate) ? "Dashboard:FeaturedEstate must name an estate (e.g. TH-0001)." : null,
        Uri.TryCreate(Api, UriKind.Absolute, out var api) && api.Scheme is "http" or "https" ? null
            : $"Dashboard:Api must be the silo's absolute http(s) address (e.g. http://127.0.0.1:5080/), not '{Api}'.",
        Between("Dashboard:HealthAlarmBelow", HealthAlarmBelow, 0, 100),
        Between("Dashboard:HealthWatchBelow", HealthWatchBelow, HealthAlarmBelow, 100),
        Between("Dashboard:TrendMinutes", TrendMinutes, 1, 24 * 60));
}
