using Microsoft.Extensions.Options;

namespace Anju.Hosting;

/// <summary>
/// Orleans' own dashboard (<c>Microsoft.Orleans.Dashboard</c>), section <c>Orleans:Dashboard</c>: grain statistics
/// collected on every silo (a grain call filter times each call; one grain gathers the silos' counters every
/// <see cref="CounterUpdateInterval"/>), its pages served by the dashboard host under <c>/orleans</c> to
/// administrators. Silos and dashboard hosts read the same section: a dashboard host mounts the pages only when the
/// silos collect (the pages' API asks their grains).
/// </summary>
public sealed class OrleansDashboardSettings
{
    public const string Section = "Orleans:Dashboard";

    /// <summary>Collect on the silos and serve the pages (default true; the measured cost is in docs/benchmarks.md).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the silos' counters are gathered (default 1 s, the package's least).</summary>
    public TimeSpan CounterUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Samples of history kept per counter (default 100).</summary>
    public int HistoryLength { get; set; } = 100;

    /// <summary>Leaves out the page's live log stream (default true): the hosts' logs go to their log files, where
    /// they are kept and searched; a second way out of the process for them is not needed.</summary>
    public bool HideTrace { get; set; } = true;

    /// <summary>The settings of <paramref name="configuration"/>, or a clear error naming the setting at fault.</summary>
    public static OrleansDashboardSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<OrleansDashboardSettings>() ?? new();
        if (settings.CounterUpdateInterval < TimeSpan.FromSeconds(1) || settings.CounterUpdateInterval > TimeSpan.FromMinutes(10))
        {
            throw new OptionsValidationException(Section, typeof(OrleansDashboardSettings),
                [$"{Section}:CounterUpdateInterval must be between 00:00:01 and 00:10:00 (it is {settings.CounterUpdateInterval})."]);
        }

        if (settings.HistoryLength is < 1 or > 10_000)
        {
            throw new OptionsValidationException(Section, typeof(OrleansDashboardSettings),
                [$"{Section}:HistoryLength must be between 1 and 10000 (it is {settings.HistoryLength})."]);
        }

        return settings;
    }

    /// <summary>Copies these settings onto the package's options.</summary>
    public void Apply(Orleans.Dashboard.DashboardOptions options)
    {
        options.CounterUpdateIntervalMs = (int)CounterUpdateInterval.TotalMilliseconds;
        options.HistoryLength = HistoryLength;
        options.HideTrace = HideTrace;
    }
}
