using static Anju.Hosting.OptionsCheck;

namespace Anju.Live;

/// <summary>Bounds on what leaves the cluster for screens (configuration section "LiveFeed").</summary>
internal sealed class LiveFeedOptions
{
    /// <summary>At most this many updates per second leave one scope (default 4).</summary>
    public double MaxUpdatesPerSecond { get; set; } = 4;

    /// <summary>A dashboard host that has not renewed its subscription for this long is dropped.</summary>
    public TimeSpan SubscriptionExpiry { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The minimum gap between two updates of one scope.</summary>
    public TimeSpan MinInterval => TimeSpan.FromSeconds(1 / Math.Max(0.01, MaxUpdatesPerSecond));

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("LiveFeed:MaxUpdatesPerSecond", MaxUpdatesPerSecond, 0.01, 1000),
        Positive("LiveFeed:SubscriptionExpiry", SubscriptionExpiry));
}
