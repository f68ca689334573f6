using Anju.Errors;
using Anju.Security;

namespace Anju.Tests.Rules;

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
