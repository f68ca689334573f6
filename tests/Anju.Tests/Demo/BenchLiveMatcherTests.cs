using Anju.Demo.Benchmark;

namespace Anju.Tests.Demo;

/// <summary>bench-live's count matching: what a screen saw against what the load sent, without a network.</summary>
public class BenchLiveMatcherTests
{
    private const string Estate = "TH-0001";
    private readonly BenchLiveAcks _acks = new();
    private readonly List<BenchLiveMatcher.Shown> _shown = [];

    [Fact]
    public void The_first_count_is_a_baseline_and_later_counts_show_that_many_changes_oldest_first()
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
        Assert.Equal(0, matcher.Unseen(beforeTicks: 80));
    }

    [Fact]
    public void An_event_of_two_commands_is_two_changes_with_its_send_time()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 10, 0, _shown.Add);
        _acks.Acknowledged(Estate, 100, changes: 2); // an allocation: the move, then the household
        _acks.Acknowledged(Estate, 150);

        matcher.Seen(Estate, 11, 300, _shown.Add); // the move only
        matcher.Seen(Estate, 13, 400, _shown.Add);

        Assert.Equal([new(200, true, 300), new(300, true, 400), new(250, false, 400)], _shown);
    }

    [Fact]
    public void A_change_seen_before_its_answer_is_a_debt_paid_with_the_time_it_was_seen()
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
    public void Debts_of_two_updates_are_paid_in_order_each_with_its_own_receive_time()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 0, 0, _shown.Add);
        matcher.Seen(Estate, 1, 300, _shown.Add);
        matcher.Seen(Estate, 3, 500, _shown.Add);

        _acks.Acknowledged(Estate, 250);
        _acks.Acknowledged(Estate, 280);
        _acks.Acknowledged(Estate, 450);
        matcher.Seen(Estate, 3, 900, _shown.Add); // the next look (a repeated count) settles them

        Assert.Equal([new(50, true, 300), new(220, true, 500), new(50, false, 500)], _shown);
        Assert.Equal(0, matcher.Debt);
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
    public void A_change_no_answer_showed_is_paid_by_a_later_request_but_not_sampled()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 0, 0, _shown.Add);
        matcher.Seen(Estate, 1, 300, _shown.Add); // a request that landed but whose answer failed

        _acks.Acknowledged(Estate, 400); // sent after the screen showed the change: cannot be it
        matcher.Seen(Estate, 2, 600, _shown.Add);
        _acks.Acknowledged(Estate, 500);
        matcher.SettleAll(_shown.Add);

        Assert.Equal(1, matcher.Mismatched);
        Assert.Equal([new(100, true, 600)], _shown);
        Assert.Equal(0, matcher.Debt);
    }

    [Fact]
    public void Estates_are_matched_separately()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 0, 0, _shown.Add);
        matcher.Seen("TH-0002", 0, 0, _shown.Add);
        _acks.Acknowledged("TH-0002", 100);
        _acks.Acknowledged(Estate, 200);

        matcher.Seen(Estate, 1, 300, _shown.Add);

        Assert.Equal([new(100, true, 300)], _shown);
        Assert.Equal(1, matcher.Unseen(beforeTicks: 1_000));
    }

    [Fact]
    public void An_update_that_says_when_the_estate_took_its_figures_in_splits_each_latency_there()
    {
        var matcher = new BenchLiveMatcher(_acks);
        matcher.Seen(Estate, 0, 0, _shown.Add);
        _acks.Acknowledged(Estate, 100);
        _acks.Acknowledged(Estate, 120);
        matcher.Seen(Estate, 2, 300, _shown.Add, estateAt: 180);
        _acks.Acknowledged(Estate, 400);
        matcher.Seen(Estate, 3, 600, _shown.Add); // no time in this one

        Assert.Equal([new(200, true, 300, 80), new(180, false, 300, 60), new(200, true, 600)], _shown);
    }
}
