using Anju.Common;
using Anju.Estates;

namespace Anju.Security;

/// <summary>The roster: guards (保安) posted to the estate or one of its zones, who is on duty, and taking a guard
/// off the roster (never while on duty; their shifts ahead become vacant).</summary>
internal static class RosterRules
{
    /// <summary>The guard as it will be held, or a <see cref="ValidationException"/> naming the field at fault.</summary>
    public static Guard Valid(Guard guard, EstateStructure structure, string estateId)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var guardId = Validate.Id("guardId", guard.GuardId);
        var name = Validate.Text("name", guard.Name, 100);
        return new Guard(guardId, name, Zone(structure, guard.ZoneId, estateId));
    }

    /// <summary>Blank stays null (the whole estate); a zone must be one of the estate's zones.</summary>
    public static string? Zone(EstateStructure structure, string? zoneId, string estateId, string field = "zoneId")
    {
        ArgumentNullException.ThrowIfNull(structure);
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return null;
        }

        return structure.Zones.Any(z => z.ZoneId == zoneId)
            ? zoneId
            : throw new ValidationException(field, $"Zone '{zoneId}' is not defined in estate '{estateId}'.");
    }

    /// <summary>The guard must be on the roster (<see cref="NotFoundException"/>); returns the id.</summary>
    public static string OnRoster(IReadOnlyDictionary<string, Guard> guards, string? guardId)
    {
        ArgumentNullException.ThrowIfNull(guards);
        return guards.ContainsKey(guardId ?? "") ? guardId! : throw new NotFoundException("guard", guardId ?? "");
    }

    /// <summary>Takes a guard off the roster; one on duty is a <see cref="ConflictException"/>.</summary>
    public static void Remove(SecurityDeskState desk, string? guardId, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        Validate.Text("actor", actor, 100);
        var id = OnRoster(desk.Guards, guardId);
        if (desk.OnDuty.ContainsKey(id))
        {
            throw new ConflictException($"Guard '{id}' is on duty; clock them out before taking them off the roster.");
        }

        desk.Guards.Remove(id);
        ShiftRules.Vacate(desk.Shifts, id, now);
    }

    /// <summary>A supervisor (<paramref name="actor"/>) clocks a guard on the roster in or out.</summary>
    public static void Clock(SecurityDeskState desk, string? guardId, bool on, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        Validate.Text("actor", actor, 100);
        Clock(desk.OnDuty, OnRoster(desk.Guards, guardId), on, now, ClockSource.Supervisor);
    }

    /// <summary>Clocks a guard in (kept from the first clock-in) or out.</summary>
    public static void Clock(Dictionary<string, GuardDuty> onDuty, string guardId, bool on, DateTimeOffset at, ClockSource source)
    {
        ArgumentNullException.ThrowIfNull(onDuty);
        if (!on)
        {
            onDuty.Remove(guardId);
        }
        else
        {
            onDuty.TryAdd(guardId, new GuardDuty(guardId, at, source));
        }
    }
}
