using Anju.Security;

namespace Anju.Tests.Rules;

public class PatrolRulesTests
{
    // 2026-11-28 10:00 Beijing time.
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static readonly PatrolRoute Route = new("R1", "東區", true,
        [new("CP1", "大門"), new("CP2", "車庫"), new("CP3", "後門")], TimeSpan.FromHours(2), TimeSpan.FromMinutes(30));

    private static PatrolRound Round(DateTimeOffset start) => new("R1", start, new Dictionary<string, DateTimeOffset>(), 0);

    [Fact]
    public void Rounds_start_on_the_interval_from_beijing_midnight()
    {
        Assert.Equal(T0, PatrolRules.NextRoundStart(T0, TimeSpan.FromHours(2)));
        Assert.Equal(T0.AddHours(2), PatrolRules.NextRoundStart(T0.AddMinutes(1), TimeSpan.FromHours(2)));
        Assert.Equal(T0.AddHours(14), PatrolRules.NextRoundStart(T0.AddHours(13), TimeSpan.FromHours(7))); // 21:00 → next midnight
    }

    [Fact]
    public void Check_ins_inside_the_window_count_and_outside_are_late()
    {
        var round = Round(T0);
        (round, var late) = PatrolRules.CheckIn(round, Route, "CP1", T0.AddMinutes(5));
        Assert.False(late);
        (round, late) = PatrolRules.CheckIn(round, Route, "CP3", T0.AddMinutes(10));
        Assert.False(late);
        (round, late) = PatrolRules.CheckIn(round, Route, "CP2", T0.AddMinutes(15)); // after CP3 on an ordered route
        Assert.False(late);
        Assert.Equal(1, round.OutOfOrder);

        var (_, tooLate) = PatrolRules.CheckIn(Round(T0), Route, "CP1", T0.AddMinutes(31));
        var (_, tooEarly) = PatrolRules.CheckIn(Round(T0), Route, "CP1", T0.AddMinutes(-1));
        Assert.True(tooLate);
        Assert.True(tooEarly);
    }

    [Fact]
    public void A_closed_window_reports_missed_checkpoints_deadman_style()
    {
        var (round, _) = PatrolRules.CheckIn(Round(T0), Route, "CP1", T0.AddMinutes(5));
        (round, _) = PatrolRules.CheckIn(round, Route, "CP2", T0.AddMinutes(17));

        Assert.False(PatrolRules.WindowEnded(round, Route, T0.AddMinutes(30)));
        Assert.True(PatrolRules.WindowEnded(round, Route, T0.AddMinutes(30).AddSeconds(1)));
        var result = PatrolRules.Close(round, Route);

        Assert.Equal(["CP3"], result.Missed);
        Assert.Equal(12, result.PatrolMinutes, 3);
    }

    [Fact]
    public void The_day_counts_completed_rounds_missed_checkpoints_and_minutes_and_restarts_at_midnight()
    {
        var today = BeijingTime.Date(T0);
        var day = PatrolRules.Record(PatrolDay.Start(today), today, new RoundResult([], 25));
        day = PatrolRules.Record(day, today, new RoundResult(["CP2", "CP3"], 5));

        Assert.Equal(new PatrolDay(today, 2, 1, 2, 0, 30), day);
        Assert.Equal(new PatrolDay(today.AddDays(1), 1, 1, 0, 0, 10), PatrolRules.Record(day, today.AddDays(1), new RoundResult([], 10)));
    }
}
