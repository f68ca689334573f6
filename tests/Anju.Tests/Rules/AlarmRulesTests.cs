using Anju.Alarms;
using Anju.Security;

namespace Anju.Tests.Rules;

public class AlarmRulesTests
{
    internal static readonly DateTimeOffset T0 = DateTimeOffset.UnixEpoch.AddYears(56);

    internal static StreamAlarm Alarm(string localId = "AL-1", AlarmSeverity severity = AlarmSeverity.Minor, DateTimeOffset? raised = null, long version = 1,
        string estate = "TH-0001", string? building = null, string? grid = null) =>
        new(StreamAlarm.IdOf(AlarmSource.Security, estate, localId), version, AlarmSource.Security, "CameraOffline", estate, "TH", severity,
            AlarmState.ActiveUnacknowledged, "silent", raised ?? T0, raised ?? T0) { BuildingId = building, GridId = grid };

    private static readonly IReadOnlyList<TimeSpan> Rises = AlarmOptions.DefaultRises;

    [Theory]
    [InlineData(0, AlarmSeverity.Minor)]
    [InlineData(14, AlarmSeverity.Minor)]
    [InlineData(15, AlarmSeverity.Major)]
    [InlineData(59, AlarmSeverity.Major)]
    [InlineData(60, AlarmSeverity.Critical)]
    [InlineData(600, AlarmSeverity.Critical)]
    public void Severity_rises_one_step_after_15_minutes_and_two_after_an_hour_unacknowledged(int minutes, AlarmSeverity expected) =>
        Assert.Equal(expected, AlarmRules.Severity(Alarm(), T0.AddMinutes(minutes), Rises));

    [Fact]
    public void Severity_is_capped_at_critical()
    {
        Assert.Equal(AlarmSeverity.Critical, AlarmRules.Severity(Alarm(severity: AlarmSeverity.Major), T0.AddHours(2), Rises));
        Assert.Equal(AlarmSeverity.Critical, AlarmRules.Severity(Alarm(severity: AlarmSeverity.Critical), T0.AddMinutes(16), Rises));
    }

    [Fact]
    public void An_acknowledged_alarm_keeps_the_level_it_reached_and_stops_rising_and_reminding()
    {
        var acked = Alarm() with { State = AlarmState.ActiveAcknowledged, AcknowledgedBy = "値班員", AcknowledgedAt = T0.AddMinutes(20) };

        Assert.Equal(AlarmSeverity.Major, AlarmRules.Severity(acked, T0.AddHours(3), Rises));
        Assert.Equal(4, AlarmRules.Reminders(acked, T0.AddHours(3), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(26, 5)]
    public void Reminders_come_every_five_minutes_until_acknowledged(int minutes, int expected) =>
        Assert.Equal(expected, AlarmRules.Reminders(Alarm(), T0.AddMinutes(minutes), TimeSpan.FromMinutes(5)));

    [Fact]
    public void The_newest_version_wins_and_a_repeat_is_no_change()
    {
        var held = Alarm(version: 3);

        Assert.True(AlarmRules.Newer(null, held));
        Assert.True(AlarmRules.Newer(held, held with { Version = 4 }));
        Assert.False(AlarmRules.Newer(held, held with { Version = 3, Detail = "again" }));
        Assert.False(AlarmRules.Newer(held, held with { Version = 2 }));
    }

    [Fact]
    public void The_board_orders_the_most_severe_first_then_the_newest()
    {
        var ledger = new AlarmLedger(new AlarmOptions());
        ledger.Apply(Alarm("old-minor", raised: T0));
        ledger.Apply(Alarm("new-minor", raised: T0.AddMinutes(5)));
        ledger.Apply(Alarm("major", AlarmSeverity.Major, raised: T0.AddMinutes(1)));
        ledger.Apply(Alarm("risen", raised: T0.AddMinutes(-20))); // Minor + 1 after 15 minutes
        ledger.Apply(Alarm("risen-newest", raised: T0.AddMinutes(-16)) with { Severity = AlarmSeverity.Major }); // Major + 1

        var board = ledger.Board("TH", 1, T0.AddMinutes(6));

        // The risen one ranks with the Major (as risen), below it because it is older.
        Assert.Equal(["risen-newest", "major", "risen", "new-minor", "old-minor"], board.Open.Select(a => StreamAlarm.Parse(a.Alarm.AlarmId)!.Value.LocalId));
        Assert.Equal((AlarmSeverity.Major, AlarmSeverity.Minor), (board.Open[2].Severity, board.Open[2].Alarm.Severity));
        Assert.Equal((AlarmSeverity.Critical, 5), (board.Open[0].Severity, board.Unacknowledged));
    }

    [Fact]
    public void Recently_cleared_alarms_are_kept_for_an_hour_and_at_most_the_newest_fifty()
    {
        var ledger = new AlarmLedger(new AlarmOptions { ClearedKept = 2 });
        foreach (var n in Enumerable.Range(1, 4))
        {
            ledger.Apply(Alarm($"C{n}") with { Version = 2, State = AlarmState.Cleared, ClearedAt = T0.AddMinutes(n) });
        }

        ledger.Apply(Alarm("old") with { Version = 2, State = AlarmState.Cleared, ClearedAt = T0.AddHours(-2) });

        var board = ledger.Board(null, 1, T0.AddMinutes(10));
        Assert.Equal(["C4", "C3"], board.RecentlyCleared.Select(a => StreamAlarm.Parse(a.Alarm.AlarmId)!.Value.LocalId));
        Assert.True(ledger.Trim(T0.AddMinutes(10)));
        Assert.Equal(2, ledger.Count);
        Assert.Empty(board.Open);
    }

    [Fact]
    public void The_clock_marks_move_when_a_severity_rises_or_a_reminder_is_due()
    {
        var ledger = new AlarmLedger(new AlarmOptions());
        ledger.Apply(Alarm());

        Assert.Equal(ledger.ClockMarks(T0.AddMinutes(1)), ledger.ClockMarks(T0.AddMinutes(4)));
        Assert.NotEqual(ledger.ClockMarks(T0.AddMinutes(4)), ledger.ClockMarks(T0.AddMinutes(5)));
        Assert.NotEqual(ledger.ClockMarks(T0.AddMinutes(14.9)), ledger.ClockMarks(T0.AddMinutes(15)));
    }
}
