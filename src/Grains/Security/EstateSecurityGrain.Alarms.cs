using Anju.Common;

namespace Anju.Security;

/// <summary>Alarms (the shared mechanism) and the supervisor's queries.</summary>
public sealed partial class EstateSecurityGrain
{
    public async Task<Alarm> RaiseAlarmAsync(RaiseAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        if (!Enum.IsDefined(alarm.Type))
        {
            throw new ValidationException("type", $"type must be one of {string.Join(", ", Enum.GetNames<AlarmType>())}.");
        }

        if (!Enum.IsDefined(alarm.Severity))
        {
            throw new ValidationException("severity", $"severity must be one of {string.Join(", ", Enum.GetNames<AlarmSeverity>())}.");
        }

        var raised = Raise(alarm.Type, alarm.Severity, Validate.Text("originator", alarm.Originator, 100), Validate.Text("detail", alarm.Detail, 500), Now);
        await CommitAsync();
        return raised;
    }

    public async Task<Alarm> AcknowledgeAlarmAsync(string alarmId, string actor)
    {
        var before = S.Alarms.FirstOrDefault(a => a.AlarmId == alarmId);
        var acknowledged = AlarmBook.Acknowledge(S.Alarms, alarmId, actor, Now);
        if (!ReferenceEquals(before, acknowledged))
        {
            await CommitAsync();
        }

        return acknowledged;
    }

    public Task<IReadOnlyList<Alarm>> GetAlarmsAsync(bool includeCleared) => Task.FromResult<IReadOnlyList<Alarm>>(
        [.. S.Alarms.Where(a => includeCleared || a.IsOpen).OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastRaisedAt)]);

    public Task<SecurityView> GetViewAsync() => Task.FromResult(View());

    private Alarm Raise(AlarmType type, AlarmSeverity severity, string originator, string detail, DateTimeOffset now) =>
        AlarmBook.Raise(S.Alarms, () => $"AL-{S.NextAlarm++:D6}", new RaiseAlarm(type, severity, originator, detail), now);

    private SecurityView View()
    {
        var now = Now;
        return new SecurityView(
            EstateId, Counts(), Staffing(now),
            [.. S.Guards.Values.OrderBy(g => g.GuardId, StringComparer.Ordinal)],
            [.. S.OnDuty.Values.OrderBy(g => g.GuardId, StringComparer.Ordinal)],
            [.. S.Shifts.Values.Where(s => s.End > now.AddDays(-1)).OrderBy(s => s.Start)],
            [.. S.Routes.Values.OrderBy(r => r.RouteId, StringComparer.Ordinal)],
            [.. S.Rounds.Values.OrderBy(r => r.RouteId, StringComparer.Ordinal)],
            S.Today.Date == BeijingTime.Date(now) ? S.Today : PatrolDay.Start(BeijingTime.Date(now)),
            S.Policy,
            S.UnderStaffedSince);
    }
}
