using Anju.Alarms;
using Anju.Security;
using static Anju.Tests.Rules.AlarmRulesTests;

namespace Anju.Tests.Rules;

public class AlarmSituationsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private static BoardAlarm On(StreamAlarm alarm, AlarmSeverity? severity = null) => new(alarm, severity ?? alarm.Severity, 0, null);

    [Fact]
    public void Alarms_of_one_building_within_ten_minutes_of_each_other_are_one_situation_with_the_highest_severity()
    {
        var camera = On(Alarm("cam", raised: T0, building: "B1"));
        var checkpoint = On(Alarm("chk", raised: T0.AddMinutes(8), building: "B1"), AlarmSeverity.Major);
        var door = On(Alarm("door", raised: T0.AddMinutes(17), building: "B1")); // within 10 minutes of the one before
        var elsewhere = On(Alarm("other", raised: T0.AddMinutes(1), building: "B2"));

        var situation = Assert.Single(AlarmSituations.Group([camera, checkpoint, door, elsewhere], Window));

        Assert.Equal([camera.Alarm.AlarmId, checkpoint.Alarm.AlarmId, door.Alarm.AlarmId], situation.AlarmIds);
        Assert.Equal((AlarmSeverity.Major, "B1", T0), (situation.Severity, situation.BuildingId, situation.Since));
    }

    [Fact]
    public void Without_a_building_the_grid_groups_and_alarms_far_apart_or_unplaced_stay_alone()
    {
        var a = On(Alarm("a", raised: T0, grid: "G1"));
        var b = On(Alarm("b", raised: T0.AddMinutes(3), grid: "G1"));
        var late = On(Alarm("late", raised: T0.AddMinutes(30), grid: "G1"));
        var nowhere1 = On(Alarm("n1", raised: T0));
        var nowhere2 = On(Alarm("n2", raised: T0));
        var otherEstate = On(Alarm("x", raised: T0.AddMinutes(1), estate: "TH-0002", grid: "G1"));

        var situation = Assert.Single(AlarmSituations.Group([a, b, late, nowhere1, nowhere2, otherEstate], Window));

        Assert.Equal((null, "G1"), (situation.BuildingId, situation.GridId));
        Assert.Equal([a.Alarm.AlarmId, b.Alarm.AlarmId], situation.AlarmIds);
    }

    [Fact]
    public void The_board_marks_each_alarm_with_its_situation()
    {
        var ledger = new AlarmLedger(new AlarmOptions());
        ledger.Apply(Alarm("a", raised: T0, building: "B1"));
        ledger.Apply(Alarm("b", raised: T0.AddMinutes(2), building: "B1"));
        ledger.Apply(Alarm("c", raised: T0.AddMinutes(2), building: "B2"));

        var board = ledger.Board("TH", 1, T0.AddMinutes(3));

        var situation = Assert.Single(board.Situations);
        Assert.All(board.Open.Where(o => o.Alarm.BuildingId == "B1"), o => Assert.Equal(situation.SituationId, o.SituationId));
        Assert.Null(Assert.Single(board.Open, o => o.Alarm.BuildingId == "B2").SituationId);
    }
}
