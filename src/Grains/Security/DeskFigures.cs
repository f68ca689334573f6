using Anju.Estates;

namespace Anju.Security;

/// <summary>What the desk shows: the counts it reports to its estate (and so to district and city), and the
/// supervisor's view.</summary>
internal static class DeskFigures
{
    /// <summary>Staffing (the estate's is last), alarms, today's patrols, shifts ahead, and the cameras as the
    /// register last reported them (none until it has).</summary>
    public static SecurityCounts Counts(SecurityDeskState desk, IReadOnlyList<Staffing> staffing, CameraReport? cameras, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(staffing);
        var estate = staffing[^1];
        var (active, unacknowledged) = AlarmBook.Counts(desk.Alarms);
        var today = PatrolRules.Today(desk.Today, now);
        var (vacant, unconfirmed, absent) = ShiftRules.Count(desk.Shifts.Values, desk.OnDuty, now);
        return new SecurityCounts(estate.OnDuty, estate.Required, cameras?.Online ?? 0, cameras?.Total ?? 0)
        {
            ActiveAlarms = active,
            UnacknowledgedAlarms = unacknowledged,
            UnderStaffedEstates = AlarmBook.Open(desk.Alarms, AlarmType.UnderStaffed, StaffingRules.Originator) is null ? 0 : 1,
            MissedCheckpointsToday = today.MissedCheckpoints,
            PatrolMinutesToday = (int)Math.Round(today.PatrolMinutes),
            RoundsCompletedToday = today.RoundsCompleted,
            RoundsScheduledToday = today.RoundsScheduled,
            VacantShifts = vacant,
            UnconfirmedShifts = unconfirmed,
            AbsentFromShift = absent,
        };
    }

    /// <summary>The supervisor's view: staffing, roster, who is on duty, recent shifts, routes and rounds, today.</summary>
    public static SecurityView View(string estateId, SecurityDeskState desk, IReadOnlyList<Staffing> staffing, SecurityCounts counts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return new SecurityView(
            estateId, counts, staffing,
            [.. desk.Guards.Values.OrderBy(g => g.GuardId, StringComparer.Ordinal)],
            [.. desk.OnDuty.Values.OrderBy(g => g.GuardId, StringComparer.Ordinal)],
            ShiftRules.Recent(desk.Shifts.Values, now),
            [.. desk.Routes.Values.OrderBy(r => r.RouteId, StringComparer.Ordinal)],
            [.. desk.Rounds.Values.OrderBy(r => r.RouteId, StringComparer.Ordinal)],
            PatrolRules.Today(desk.Today, now),
            desk.Policy,
            desk.UnderStaffedSince);
    }
}
