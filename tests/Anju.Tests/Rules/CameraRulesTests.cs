using Anju.Security;

namespace Anju.Tests.Rules;

public class CameraRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Last_seen_never_moves_back_or_into_the_future()
    {
        Assert.Equal(Now.AddSeconds(-5), CameraRules.Seen(Now.AddSeconds(-10), Now.AddSeconds(-5), Now));
        Assert.Equal(Now.AddSeconds(-5), CameraRules.Seen(Now.AddSeconds(-5), Now.AddSeconds(-30), Now));
        Assert.Equal(Now, CameraRules.Seen(Now.AddSeconds(-5), Now.AddHours(1), Now));
    }

    [Fact]
    public void A_camera_is_offline_only_after_the_timeout()
    {
        Assert.False(CameraRules.IsOffline(Now.AddSeconds(-60), Now, TimeSpan.FromSeconds(60)));
        Assert.True(CameraRules.IsOffline(Now.AddSeconds(-61), Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void The_event_window_forgets_by_age_and_by_count()
    {
        var held = new List<RecentEvent>();
        var window = new EventWindow(held, TimeSpan.FromHours(24), 3);
        window.Add("e1", Now.AddHours(-30));
        window.Add("e2", Now);
        Assert.False(window.Contains("e1")); // older than a day
        window.Add("e3", Now);
        window.Add("e4", Now);
        window.Add("e5", Now);

        Assert.Equal(["e3", "e4", "e5"], held.Select(e => e.EventId));
        Assert.False(window.Contains("e2"));
        Assert.True(new EventWindow(held, TimeSpan.FromHours(24), 3).Contains("e4")); // rebuilt from durable state
    }
}
