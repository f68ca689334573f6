using Anju.Estates;

namespace Anju.Security;

/// <summary>The figures the desk reports to its estate (and so to district and city).</summary>
public sealed partial class EstateSecurityGrain
{
    private SecurityCounts Counts()
    {
        var now = Now;
        var estate = Staffing(now)[^1];
        var (active, unacknowledged) = AlarmBook.Counts(S.Alarms);
        var today = S.Today.Date == BeijingTime.Date(now) ? S.Today : PatrolDay.Start(BeijingTime.Date(now));
        var upcoming = S.Shifts.Values.Where(s => s.End > now && s.Start < now.AddDays(1)).ToList();
        return new SecurityCounts(estate.OnDuty, estate.Required, register.State.Cameras.Count - OfflineCount, register.State.Cameras.Count)
        {
            ActiveAlarms = active,
            UnacknowledgedAlarms = unacknowledged,
            UnderStaffedEstates = AlarmBook.Open(S.Alarms, AlarmType.UnderStaffed, UnderStaffedOriginator) is null ? 0 : 1,
            MissedCheckpointsToday = today.MissedCheckpoints,
            PatrolMinutesToday = (int)Math.Round(today.PatrolMinutes),
            RoundsCompletedToday = today.RoundsCompleted,
            RoundsScheduledToday = today.RoundsScheduled,
            VacantShifts = upcoming.Count(s => s.GuardId is null),
            UnconfirmedShifts = upcoming.Count(s => s.GuardId is not null && !s.Confirmed),
            AbsentFromShift = upcoming.Count(s => s.Start <= now && s.GuardId is { } g && !S.OnDuty.ContainsKey(g)),
        };
    }
}
