using Anju.Common;

namespace Anju.Security;

/// <summary>Planned shifts (班次): at most a day long, for a guard on the roster or vacant, confirmed by their guard;
/// a week of history is kept. Counted as vacant, unconfirmed, or under way without their guard (planned vs actual).</summary>
internal static class ShiftRules
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public static readonly TimeSpan History = TimeSpan.FromDays(7);

    /// <summary>The shift as it will be held (unconfirmed; its zone still to be checked against the estate), or a
    /// <see cref="ValidationException"/> naming the field at fault.</summary>
    public static Shift Valid(Shift shift, IReadOnlyDictionary<string, Guard> guards, string estateId)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(guards);
        var shiftId = Validate.Id("shiftId", shift.ShiftId);
        if (shift.GuardId is { } guardId && !guards.ContainsKey(guardId))
        {
            throw new ValidationException("guardId", $"Guard '{guardId}' is not on the roster of estate '{estateId}'.");
        }

        Validate.Instant("start", shift.Start);
        Validate.Instant("end", shift.End);
        if (shift.End <= shift.Start)
        {
            throw new ValidationException("end", "end must be after start.");
        }

        if (shift.End - shift.Start > Longest)
        {
            throw new ValidationException("end", "A shift lasts at most 24 hours.");
        }

        return shift with { ShiftId = shiftId, Confirmed = false };
    }

    /// <summary>The shifts with <paramref name="shift"/> planned (or re-planned), forgetting those ended over a week ago.</summary>
    public static Dictionary<string, Shift> Plan(IReadOnlyDictionary<string, Shift> shifts, Shift shift, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var planned = new Dictionary<string, Shift>(shifts, StringComparer.Ordinal) { [shift.ShiftId] = shift };
        return planned.Where(s => s.Value.End > now - History).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>The guard the shift is planned for confirms it.</summary>
    public static Shift Confirm(Dictionary<string, Shift> shifts, string shiftId, string guardId)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        var shift = shifts.GetValueOrDefault(shiftId) ?? throw new NotFoundException("shift", shiftId);
        if (shift.GuardId != guardId)
        {
            throw new ValidationException("guardId", $"Shift '{shiftId}' is not planned for guard '{guardId}'.");
        }

        return shifts[shiftId] = shift with { Confirmed = true };
    }

    /// <summary>A guard's shifts still ahead become vacant: the rota shows the gap to fill.</summary>
    public static void Vacate(Dictionary<string, Shift> shifts, string guardId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        foreach (var (shiftId, shift) in shifts.Where(s => s.Value.GuardId == guardId && s.Value.End > now).ToList())
        {
            shifts[shiftId] = shift with { GuardId = null, Confirmed = false };
        }
    }

    /// <summary>Of the shifts in the next 24 hours: vacant, unconfirmed, and under way without their guard on duty.</summary>
    public static (int Vacant, int Unconfirmed, int Absent) Count(IEnumerable<Shift> shifts, IReadOnlyDictionary<string, GuardDuty> onDuty, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(onDuty);
        var upcoming = shifts.Where(s => s.End > now && s.Start < now.AddDays(1)).ToList();
        return (upcoming.Count(s => s.GuardId is null),
            upcoming.Count(s => s.GuardId is not null && !s.Confirmed),
            upcoming.Count(s => s.Start <= now && s.GuardId is { } g && !onDuty.ContainsKey(g)));
    }

    /// <summary>The shifts a supervisor sees: those not ended a day ago, earliest first.</summary>
    public static IReadOnlyList<Shift> Recent(IEnumerable<Shift> shifts, DateTimeOffset now) =>
        [.. shifts.Where(s => s.End > now.AddDays(-1)).OrderBy(s => s.Start)];
}
