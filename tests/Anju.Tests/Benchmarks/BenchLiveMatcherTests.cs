using Anju.Demo.Benchmark;

namespace Anju.Tests.Benchmarks;

/// <summary>bench-live's count matching: what a screen saw against what the load sent, without a network.</summary>
public class BenchLiveMatcherTests
{
    private const string Estate = "TH-0001";
    private readonly BenchLiveAcks _acks = new();
    private readonly List<BenchLiveMatcher.Shown> _shown = [];

    [Fact]
    public void The_first_count_is_a_baseline_and_later_counts_show_that_many_events_oldest_first()
    {
        var matcher = new BenchLiveMatcher(_acks);
        _acks.Acknowledged(Estate, 10); // before the snapshot: shown already
        matcher.Seen(Estate, 100, 50, _shown.Add);
        Assert.Empty(_shown);

        _acks.Acknowledged(Estate, 60);
        _acks.Acknowledged(Estate, 70);
        _acks.Acknowledged(Estate, 80);
        matcher.Seen(Estate, 102, 200, _shown.Add);

        Assert.Equal([new(140, true, 200), new(130, false, 200)], _shown);
        Assert.Equal(1, matcher.Unseen(beforeTicks: 1_000));
    }

    [Fact]
    public void A_change_seen_before_its_acknowledgement_is_a_debt_paid_with_the_time_it_was_seen()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 5, 0, _shown.Add);

        matcher.Seen(Estate, 7, 300, _shown.Add); // two changes on screen, no answer back yet
        Assert.Empty(_shown);
        Assert.Equal(2, matcher.Debt);

        _acks.Acknowledged(Estate, 250);
        _acks.Acknowledged(Estate, 260);
        matcher.SettleAll(_shown.Add);

        Assert.Equal([new(50, true, 300), new(40, false, 300)], _shown);
        Assert.Equal(0, matcher.Debt);
        Assert.Equal(0, matcher.Unseen(beforeTicks: 1_000));
    }

    [Fact]
    public void A_debt_counts_as_seen_not_unseen_and_a_repeated_or_older_count_shows_nothing()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 1, 0, _shown.Add);
        _acks.Acknowledged(Estate, 100);
        matcher.Seen(Estate, 3, 400, _shown.Add); // one from the log, one owed

        Assert.Equal([new(300, true, 400)], _shown);
        Assert.Equal(1, matcher.Debt);

        matcher.Seen(Estate, 3, 500, _shown.Add);
        matcher.Seen(Estate, 2, 600, _shown.Add);
        Assert.Single(_shown);

        _acks.Acknowledged(Estate, 350); // the owed one's answer, then one the screen has not shown
        _acks.Acknowledged(Estate, 450);
        matcher.Seen(Estate, 3, 700, _shown.Add); // settles the debt at the time it was seen (400), not now
        Assert.Equal(new BenchLiveMatcher.Shown(50, false, 400), _shown[^1]);
        Assert.Equal(1, matcher.Unseen(beforeTicks: 1_000));
        Assert.Equal(0, matcher.Unseen(beforeTicks: 400));
    }

    [Fact]
    public void A_jump_no_event_of_the_load_explains_is_left_out_not_paid_with_later_events()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 10, 0, _shown.Add);
        matcher.Seen(Estate, 1_010, 100, _shown.Add); // a grid the estate had missed reports its whole count

        _acks.Acknowledged(Estate, 150); // sent after the jump was seen: cannot be part of it
        matcher.Seen(Estate, 1_011, 200, _shown.Add);

        Assert.Equal([new(50, true, 200)], _shown);
        Assert.Equal(1_000, matcher.Foreign);
        Assert.Equal(0, matcher.Debt);
    }
}
