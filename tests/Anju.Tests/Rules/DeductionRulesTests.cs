using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class DeductionRulesTests
{
    private static readonly DeductionOptions Options = new();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static DeductionEntry Entry(int points, DateTimeOffset at) => new(at, points, "NOISE", "agency-07");

    [Theory]
    [InlineData(0, DeductionLevel.None)]
    [InlineData(5, DeductionLevel.None)]
    [InlineData(6, DeductionLevel.Warning)]
    [InlineData(11, DeductionLevel.Warning)]
    [InlineData(12, DeductionLevel.ExitReview)]
    [InlineData(20, DeductionLevel.ExitReview)]
    public void Levels_follow_the_warning_and_exit_review_thresholds(int total, DeductionLevel level) =>
        Assert.Equal(level, DeductionRules.LevelFor(total, Options));

    [Fact]
    public void Only_entries_inside_the_rolling_window_count()
    {
        DeductionEntry[] ledger = [Entry(4, Now.AddMonths(-12)), Entry(3, Now.AddMonths(-12).AddMinutes(1)), Entry(2, Now)];
        Assert.Equal(5, DeductionRules.Total(ledger, Now, Options));
        Assert.Equal(9, DeductionRules.Total(ledger, Now, new DeductionOptions { WindowMonths = 24 }));
    }

    [Fact]
    public void Warning_is_raised_at_the_first_threshold()
    {
        var crossing = DeductionRules.Record([Entry(4, Now.AddDays(-10))], Entry(2, Now), Now, Options);
        Assert.True(crossing.Crossed);
        Assert.Equal(DeductionLevel.Warning, crossing.CrossedInto);
        Assert.Equal(6, crossing.After.Total);
    }

    [Fact]
    public void Exit_review_is_raised_at_the_second_threshold()
    {
        var crossing = DeductionRules.Record([Entry(6, Now.AddDays(-30)), Entry(3, Now.AddDays(-5))], Entry(3, Now), Now, Options);
        Assert.Equal((DeductionLevel.Warning, DeductionLevel.ExitReview), (crossing.Before.Level, crossing.After.Level));
        Assert.Equal(DeductionLevel.ExitReview, crossing.CrossedInto);
    }

    [Fact]
    public void An_entry_that_stays_within_a_level_crosses_nothing_so_the_event_is_raised_once()
    {
        var crossing = DeductionRules.Record([Entry(7, Now.AddDays(-3))], Entry(2, Now), Now, Options);
        Assert.False(crossing.Crossed);
        Assert.Null(crossing.CrossedInto);
        Assert.Equal(DeductionLevel.Warning, crossing.After.Level);
    }

    [Fact]
    public void One_grave_entry_can_jump_straight_to_exit_review()
    {
        var crossing = DeductionRules.Record([], Entry(12, Now), Now, Options);
        Assert.Equal((DeductionLevel.None, DeductionLevel.ExitReview), (crossing.Before.Level, crossing.CrossedInto));
    }

    [Fact]
    public void Points_that_expired_do_not_help_an_entry_cross()
    {
        var crossing = DeductionRules.Record([Entry(5, Now.AddMonths(-13))], Entry(2, Now), Now, Options);
        Assert.Equal((2, false), (crossing.After.Total, crossing.Crossed));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(13)]
    public void Points_outside_one_to_twelve_are_refused(int points) =>
        Assert.Equal("points", Assert.Throws<ValidationException>(() => DeductionRules.Record([], Entry(points, Now), Now, Options)).Field);

    [Fact]
    public void Thresholds_are_configurable()
    {
        var options = new DeductionOptions { WarningAt = 3, ExitReviewAt = 10, MaxPointsPerEntry = 5 };
        Assert.Equal(DeductionLevel.Warning, DeductionRules.Record([], Entry(3, Now), Now, options).CrossedInto);
        Assert.Throws<ValidationException>(() => DeductionRules.Record([], Entry(6, Now), Now, options));
    }

    [Fact]
    public void An_entry_needs_a_past_time_a_reason_code_and_an_actor()
    {
        Assert.Equal("at", Assert.Throws<ValidationException>(() => DeductionRules.Validate(Entry(1, Now.AddSeconds(1)), Now, Options)).Field);
        Assert.Equal("reasonCode", Assert.Throws<ValidationException>(() => DeductionRules.Validate(Entry(1, Now) with { ReasonCode = "噪音 擾民" }, Now, Options)).Field);
        Assert.Equal("actor", Assert.Throws<ValidationException>(() => DeductionRules.Validate(Entry(1, Now) with { Actor = "" }, Now, Options)).Field);
    }

    /// <summary>The calendar's next change to the standing is when the oldest counted entry leaves the window:
    /// counted a tick before, gone at it.</summary>
    [Fact]
    public void The_next_change_is_when_the_first_counted_entry_leaves_the_window()
    {
        DeductionEntry[] ledger = [Entry(6, Now.AddMonths(-12).AddMinutes(1)), Entry(3, Now.AddMonths(-2)), Entry(4, Now.AddMonths(-13))];
        var next = DeductionRules.NextChange(ledger, Now, Options);

        Assert.Equal(Now.AddMinutes(1), next);
        Assert.Equal(9, DeductionRules.Total(ledger, next!.Value.AddTicks(-1), Options));
        Assert.Equal(3, DeductionRules.Total(ledger, next.Value, Options));
        Assert.Equal(Now.AddMonths(-2).AddMonths(12), DeductionRules.NextChange(ledger, next.Value, Options));
        Assert.Null(DeductionRules.NextChange([Entry(4, Now.AddMonths(-13))], Now, Options));
        Assert.Null(DeductionRules.NextChange([], Now, Options));
    }

    /// <summary>31 January plus a month is 28 February, but every instant of 28 February minus a month is 28 January:
    /// the entry still counts all that day and leaves at the start of 1 March.</summary>
    [Fact]
    public void An_entry_made_at_a_month_s_end_leaves_when_the_window_has_really_passed_it()
    {
        var oneMonth = new DeductionOptions { WindowMonths = 1 };
        var at = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);
        DeductionEntry[] ledger = [Entry(6, at)];

        var next = DeductionRules.NextChange(ledger, at, oneMonth);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(6, DeductionRules.Total(ledger, next!.Value.AddTicks(-1), oneMonth));
        Assert.Equal(0, DeductionRules.Total(ledger, next.Value, oneMonth));
    }
}
