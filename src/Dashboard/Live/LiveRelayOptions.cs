using static Anju.Hosting.OptionsCheck;

namespace Anju.Dashboard.Live;

/// <summary>How this host keeps its live-feed subscriptions alive (configuration section "LiveRelay").</summary>
public sealed class LiveRelayOptions
{
    /// <summary>Every watched scope is renewed this often; the feed grain drops a host after
    /// two minutes without renewal, so this must stay well below that. It also bounds how long a scope whose feed grain
    /// was lost with its silo stays silent when the host saw no gateway change (<see cref="GatewayWatch"/>): at 30 s a
    /// wall screen in the chaos run went 28.8 s without an update. A renewal is one grain call per watched scope.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a failed subscribe or renewal, the next attempt comes this soon.</summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one scope's update may wait for its slowest screen. A screen that takes nothing for this long
    /// (a wall PC on a choked link, a frozen browser that still answers pings) is disconnected: it reconnects and
    /// resynchronises by snapshot, and until then the scope's other screens wait no longer than this for it.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Positive("LiveRelay:RenewEvery", RenewEvery),
        Positive("LiveRelay:RetryEvery", RetryEvery),
        Positive("LiveRelay:SendTimeout", SendTimeout));
}
