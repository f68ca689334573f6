namespace Anju.Dashboard.Screens;

/// <summary>What a screen reads from <c>GET /api/config</c> before it subscribes
/// (see <see cref="DashboardOptions"/> for each setting).</summary>
public sealed record ScreenConfig(string FeaturedEstate, int HealthAlarmBelow, int HealthWatchBelow, int TrendMinutes)
{
    public static ScreenConfig From(DashboardOptions options) =>
        new(options.FeaturedEstate, options.HealthAlarmBelow, options.HealthWatchBelow, options.TrendMinutes);
}
