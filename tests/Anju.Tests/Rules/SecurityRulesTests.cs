using Anju.Common;
using Anju.Estates;
using Anju.Security;

namespace Anju.Tests.Rules;

public class StaffingRulesTests
{
    private static readonly Dictionary<string, Guard> Guards = new()
    {
        ["g1"] = new("g1", "甲", "Z1"), ["g2"] = new("g2", "乙", "Z1"), ["g3"] = new("g3", "丙", null),
    };

    [Theory]
    [InlineData(0, 500, 0)]
    [InlineData(1, 500, 1)]
    [InlineData(500, 500, 1)]
    [InlineData(501, 500, 2)]
    [InlineData(2_345, 300, 8)]
    public void Required_guards_are_the_population_over_the_ratio_rounded_up(int residents, int ratio, int required) =>
        Assert.Equal(required, StaffingRules.Required(residents, ratio));

    [Fact]
    public void The_most_specific_ratio_wins()
    {
        var policy = new StaffingPolicy(
            [new(null, null, 400), new(null, ShiftPeriod.Night, 800), new("Z1", null, 300), new("Z1", ShiftPeriod.Night, 600)], null);

        Assert.Equal(300, StaffingRules.RatioFor(policy, "Z1", ShiftPeriod.Day, 500));
        Assert.Equal(600, StaffingRules.RatioFor(policy, "Z1", ShiftPeriod.Night, 500));
        Assert.Equal(800, StaffingRules.RatioFor(policy, "Z2", ShiftPeriod.Night, 500));
        Assert.Equal(400, StaffingRules.RatioFor(policy, null, ShiftPeriod.Day, 500));
        Assert.Equal(500, StaffingRules.RatioFor(StaffingPolicy.Default, "Z1", ShiftPeriod.Day, 500));
    }

    [Fact]
    public void Zones_use_their_own_ratio_and_the_estate_adds_residents_outside_zones()
    {
        var population = new PopulationReport(1, 1_000, new Dictionary<string, int> { ["Z1"] = 601, ["Z2"] = 0 });
        var policy = new StaffingPolicy([new("Z1", null, 300)], null);

        var staffing = StaffingRules.Compute(population, Guards, ["g1", "g2", "g3", "unknown"], policy, ShiftPeriod.Day, 500);

        var z1 = Assert.Single(staffing, s => s.ZoneId == "Z1");
        Assert.Equal((3, 2), (z1.Required, z1.OnDuty));
        var estate = staffing[^1];
        Assert.Null(estate.ZoneId);
        Assert.Equal(3 + 1, estate.Required); // 399 residents outside zones need one more guard at 500
        Assert.Equal(3, estate.OnDuty);
        Assert.Equal(0.75, estate.Coverage);
    }

    [Fact]
    public void Coverage_is_full_when_nobody_is_required() =>
        Assert.Equal(1, new Staffing(null, 0, 500, 0, 0).Coverage);

    [Fact]
    public void Under_staffing_raises_only_after_the_grace_and_clears_when_restored()
    {
        var t0 = DateTimeOffset.Parse("2026-11-28T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var grace = TimeSpan.FromMinutes(10);

        var started = StaffingRules.Evaluate(true, null, false, t0, grace);
        Assert.Equal(new UnderStaffing(t0, false, false), started);
        Assert.False(StaffingRules.Evaluate(true, t0, false, t0.AddMinutes(9), grace).Raise);
        Assert.True(StaffingRules.Evaluate(true, t0, false, t0.AddMinutes(10), grace).Raise);
        Assert.False(StaffingRules.Evaluate(true, t0, true, t0.AddMinutes(11), grace).Raise); // already open
        Assert.Equal(new UnderStaffing(null, false, true), StaffingRules.Evaluate(false, t0, true, t0.AddMinutes(12), grace));
        Assert.Equal(new UnderStaffing(null, false, false), StaffingRules.Evaluate(false, t0, false, t0.AddMinutes(1), grace));
    }

    [Fact]
    public void Counts_add_up_across_estates()
    {
        var a = new SecurityCounts(2, 3, 10, 12) { ActiveAlarms = 1, UnderStaffedEstates = 1, MissedCheckpointsToday = 2, VacantShifts = 1 };
        var b = new SecurityCounts(4, 4, 5, 5) { ActiveAlarms = 2, UnacknowledgedAlarms = 2, PatrolMinutesToday = 30, RoundsCompletedToday = 3, RoundsScheduledToday = 4, UnconfirmedShifts = 2 };

        var sum = SecurityCounts.Sum([a, b]);

        Assert.Equal(new SecurityCounts(6, 7, 15, 17)
        {
            ActiveAlarms = 3, UnacknowledgedAlarms = 2, UnderStaffedEstates = 1, MissedCheckpointsToday = 2, PatrolMinutesToday = 30,
            RoundsCompletedToday = 3, RoundsScheduledToday = 4, VacantShifts = 1, UnconfirmedShifts = 2,
        }, sum);
    }
}

public class AlarmBookTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.UnixEpoch.AddYears(56);

    private static Func<string> Ids()
    {
        var n = 0;
        return () => $"AL-{++n}";
    }

    [Fact]
    public void One_open_alarm_per_originator_and_type_repeats_raise_its_count()
    {
        var alarms = new List<Alarm>();
        var ids = Ids();

        var first = AlarmBook.Raise(alarms, ids, new(AlarmType.CameraOffline, AlarmSeverity.Minor, "camera/C1", "silent"), T0);
        var again = AlarmBook.Raise(alarms, ids, new(AlarmType.CameraOffline, AlarmSeverity.Major, "camera/C1", "still silent"), T0.AddSeconds(5));
        var other = AlarmBook.Raise(alarms, ids, new(AlarmType.CameraOffline, AlarmSeverity.Minor, "camera/C2", "silent"), T0);

        Assert.Equal(first.AlarmId, again.AlarmId);
        Assert.Equal((2, AlarmSeverity.Major, T0.AddSeconds(5)), (again.Count, again.Severity, again.LastRaisedAt));
        Assert.NotEqual(first.AlarmId, other.AlarmId);
        Assert.Equal((2, 2), AlarmBook.Counts(alarms));
    }

    [Fact]
    public void Acknowledge_records_the_actor_and_clearing_ends_the_alarm()
    {
        var alarms = new List<Alarm>();
        var alarm = AlarmBook.Raise(alarms, Ids(), new(AlarmType.UnderStaffed, AlarmSeverity.Major, "estate", "1 of 3"), T0);

        var acknowledged = AlarmBook.Acknowledge(alarms, alarm.AlarmId, " 張主管 ", T0.AddMinutes(1));
        Assert.Equal((AlarmState.ActiveAcknowledged, "張主管"), (acknowledged.State, acknowledged.AcknowledgedBy));
        Assert.Equal((1, 0), AlarmBook.Counts(alarms));

        Assert.True(AlarmBook.Clear(alarms, AlarmType.UnderStaffed, "estate", T0.AddMinutes(2), 10));
        Assert.False(AlarmBook.Clear(alarms, AlarmType.UnderStaffed, "estate", T0.AddMinutes(3), 10));
        Assert.Equal(AlarmState.Cleared, alarms.Single().State);
        Assert.Equal((0, 0), AlarmBook.Counts(alarms));

        var next = AlarmBook.Raise(alarms, Ids(), new(AlarmType.UnderStaffed, AlarmSeverity.Major, "estate", "again"), T0.AddMinutes(4));
        Assert.Equal((1, AlarmState.ActiveUnacknowledged), (next.Count, next.State)); // a new alarm after clearing
    }

    [Fact]
    public void Acknowledge_needs_an_actor_and_a_known_alarm()
    {
        var alarms = new List<Alarm>();
        var alarm = AlarmBook.Raise(alarms, Ids(), new(AlarmType.Device, AlarmSeverity.Critical, "sensor/1", "smoke"), T0);

        Assert.Equal("actor", Assert.Throws<ValidationException>(() => AlarmBook.Acknowledge(alarms, alarm.AlarmId, " ", T0)).Field);
        Assert.Throws<NotFoundException>(() => AlarmBook.Acknowledge(alarms, "AL-999", "someone", T0));
        Assert.Equal(AlarmState.ActiveUnacknowledged, alarms.Single().State);
    }

    [Fact]
    public void Only_the_newest_cleared_alarms_are_kept()
    {
        var alarms = new List<Alarm>();
        var ids = Ids();
        for (var i = 0; i < 5; i++)
        {
            AlarmBook.Raise(alarms, ids, new(AlarmType.CameraOffline, AlarmSeverity.Minor, $"camera/C{i}", "x"), T0);
            AlarmBook.Clear(alarms, AlarmType.CameraOffline, $"camera/C{i}", T0.AddSeconds(i), 2);
        }

        Assert.Equal(["camera/C3", "camera/C4"], alarms.Select(a => a.Originator));
    }
}

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
