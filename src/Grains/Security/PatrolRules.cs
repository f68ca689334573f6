namespace Anju.Security;

/// <summary>Patrol rounds, deadman style: each checkpoint must be checked in at within the round's window,
/// or it is missed when the window closes (保障巡查時間, §5.2).</summary>
internal static class PatrolRules
{
    /// <summary>The first round start at or after <paramref name="at"/>; rounds restart at each Beijing midnight.</summary>
    public static DateTimeOffset NextRoundStart(DateTimeOffset at, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var midnight = BeijingTime.Midnight(at);
        var n = (long)Math.Ceiling((at - midnight).Ticks / (double)interval.Ticks);
        var start = midnight + (interval * n);
        var nextMidnight = midnight.AddDays(1);
        return start < nextMidnight ? start : nextMidnight;
    }

    /// <summary>A route's next round, starting at or after <paramref name="after"/>, with no check-ins yet.</summary>
    public static PatrolRound NewRound(PatrolRoute route, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(route);
        return new(route.RouteId, NextRoundStart(after, route.RoundInterval), new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal), 0);
    }

    /// <summary>Today's figures: the held ones while the Beijing date is theirs, else a fresh day.</summary>
    public static PatrolDay Today(PatrolDay held, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(held);
        return held.Date == BeijingTime.Date(now) ? held : PatrolDay.Start(BeijingTime.Date(now));
    }

    /// <summary>Closes every round of the desk whose window has passed: missed checkpoints raise (or repeat) the
    /// route's alarm, a complete round clears it; the next round is scheduled. True when the desk changed.</summary>
    public static bool CloseRounds(SecurityDeskState desk, DateTimeOffset now, int clearedKept)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var changed = false;
        foreach (var route in desk.Routes.Values)
        {
            var round = desk.Rounds.GetValueOrDefault(route.RouteId) ?? NewRound(route, now);
            if (!WindowEnded(round, route, now))
            {
                desk.Rounds[route.RouteId] = round;
                continue;
            }

            var result = Close(round, route);
            desk.Today = Record(desk.Today, BeijingTime.Date(now), result);
            var originator = $"route/{route.RouteId}";
            if (result.Missed.Count > 0)
            {
                AlarmBook.Raise(desk, new(AlarmType.MissedCheckpoint, AlarmSeverity.Major, originator,
                    $"Round of {round.Start:u} missed {string.Join(", ", result.Missed)}"), now);
            }
            else
            {
                AlarmBook.Clear(desk.Alarms, AlarmType.MissedCheckpoint, originator, now, clearedKept);
            }

            desk.Rounds[route.RouteId] = NewRound(route, now);
            changed = true;
        }

        return changed;
    }

    /// <summary>Records a check-in. Inside the open window it counts (the first check-in at a checkpoint wins;
    /// on an ordered route an earlier checkpoint after a later one is out of order); outside it is late.</summary>
    public static (PatrolRound Round, bool Late) CheckIn(PatrolRound round, PatrolRoute route, string checkpointId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(route);
        if (round.Closed || at < round.Start || at > round.Start + route.RoundWindow)
        {
            return (round, true);
        }

        if (round.CheckedIn.ContainsKey(checkpointId))
        {
            return (round, false);
        }

        var index = IndexOf(route, checkpointId);
        var outOfOrder = route.Ordered && round.CheckedIn.Keys.Any(c => IndexOf(route, c) > index);
        var checkedIn = new Dictionary<string, DateTimeOffset>(round.CheckedIn, StringComparer.Ordinal) { [checkpointId] = at };
        return (round with { CheckedIn = checkedIn, OutOfOrder = round.OutOfOrder + (outOfOrder ? 1 : 0) }, false);
    }

    /// <summary>True once the round's window has passed and it has not been closed yet.</summary>
    public static bool WindowEnded(PatrolRound round, PatrolRoute route, DateTimeOffset now) =>
        !round.Closed && now > round.Start + route.RoundWindow;

    /// <summary>Closes a round: the checkpoints missed, and the minutes from first to last check-in.</summary>
    public static RoundResult Close(PatrolRound round, PatrolRoute route)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(route);
        var missed = route.Checkpoints.Select(c => c.CheckpointId).Where(c => !round.CheckedIn.ContainsKey(c)).ToList();
        var minutes = round.CheckedIn.Count < 2 ? 0 : (round.CheckedIn.Values.Max() - round.CheckedIn.Values.Min()).TotalMinutes;
        return new RoundResult(missed, minutes);
    }

    /// <summary>Adds a closed round to today's figures, starting a new day when the date moved on.</summary>
    public static PatrolDay Record(PatrolDay day, DateOnly today, RoundResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var current = day.Date == today ? day : PatrolDay.Start(today);
        return current with
        {
            RoundsScheduled = current.RoundsScheduled + 1,
            RoundsCompleted = current.RoundsCompleted + (result.Missed.Count == 0 ? 1 : 0),
            MissedCheckpoints = current.MissedCheckpoints + result.Missed.Count,
            PatrolMinutes = current.PatrolMinutes + result.PatrolMinutes,
        };
    }

    private static int IndexOf(PatrolRoute route, string checkpointId)
    {
        for (var i = 0; i < route.Checkpoints.Count; i++)
        {
            if (route.Checkpoints[i].CheckpointId == checkpointId)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A closed round: the checkpoints nobody checked in at, and the time spent on it.</summary>
internal sealed record RoundResult(IReadOnlyList<string> Missed, double PatrolMinutes);
