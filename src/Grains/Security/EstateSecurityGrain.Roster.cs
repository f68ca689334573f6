using Anju.Common;

namespace Anju.Security;

/// <summary>Roster, shifts, clocking and the staffing clock.</summary>
public sealed partial class EstateSecurityGrain
{
    private const string UnderStaffedOriginator = "estate";

    public async Task<Guard> RegisterGuardAsync(Guard guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var valid = new Guard(Validate.Id("guardId", guard.GuardId), Validate.Text("name", guard.Name, 100), await ZoneAsync(guard.ZoneId));
        if (S.Guards.TryGetValue(valid.GuardId, out var held) && held == valid)
        {
            return held;
        }

        S.Guards[valid.GuardId] = valid;
        await CommitAsync();
        return valid;
    }

    public async Task<SecurityView> RemoveGuardAsync(string guardId, string actor)
    {
        Validate.Text("actor", actor, 100);
        if (!S.Guards.ContainsKey(guardId ?? ""))
        {
            throw new NotFoundException("guard", guardId ?? "");
        }

        if (S.OnDuty.ContainsKey(guardId!))
        {
            throw new ConflictException($"Guard '{guardId}' is on duty; clock them out before taking them off the roster.");
        }

        S.Guards.Remove(guardId!);
        foreach (var (shiftId, shift) in S.Shifts.Where(s => s.Value.GuardId == guardId && s.Value.End > Now).ToList())
        {
            S.Shifts[shiftId] = shift with { GuardId = null, Confirmed = false }; // the rota shows the gap to fill
        }

        EvaluateStaffing(Now);
        await CommitAsync();
        return View();
    }

    public async Task<Shift> PlanShiftAsync(Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var shiftId = Validate.Id("shiftId", shift.ShiftId);
        if (shift.GuardId is { } guardId && !S.Guards.ContainsKey(guardId))
        {
            throw new ValidationException("guardId", $"Guard '{guardId}' is not on the roster of estate '{EstateId}'.");
        }

        if (shift.End <= shift.Start)
        {
            throw new ValidationException("end", "end must be after start.");
        }

        if (shift.End - shift.Start > TimeSpan.FromHours(24))
        {
            throw new ValidationException("end", "A shift lasts at most 24 hours.");
        }

        var valid = shift with { ShiftId = shiftId, ZoneId = await ZoneAsync(shift.ZoneId), Confirmed = false };
        S.Shifts[shiftId] = valid;
        S.Shifts = S.Shifts.Where(s => s.Value.End > Now.AddDays(-7)).ToDictionary(StringComparer.Ordinal); // a week of history
        await CommitAsync();
        return valid;
    }

    public async Task<Shift> ConfirmShiftAsync(string shiftId, string guardId)
    {
        var shift = S.Shifts.GetValueOrDefault(shiftId) ?? throw new NotFoundException("shift", shiftId);
        if (shift.GuardId != guardId)
        {
            throw new ValidationException("guardId", $"Shift '{shiftId}' is not planned for guard '{guardId}'.");
        }

        S.Shifts[shiftId] = shift with { Confirmed = true };
        await CommitAsync();
        return S.Shifts[shiftId];
    }

    public async Task<SecurityView> ClockAsync(string guardId, bool onDuty, string actor)
    {
        Validate.Text("actor", actor, 100);
        if (!S.Guards.ContainsKey(guardId ?? ""))
        {
            throw new NotFoundException("guard", guardId ?? "");
        }

        Clock(guardId!, onDuty, Now, ClockSource.Supervisor);
        EvaluateStaffing(Now);
        await CommitAsync();
        return View();
    }

    public async Task<SecurityView> SetPolicyAsync(StaffingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var ratio in policy.Ratios)
        {
            if (ratio.ResidentsPerGuard < 1)
            {
                throw new ValidationException("ratios.residentsPerGuard", "residentsPerGuard must be at least 1.");
            }

            await ZoneAsync(ratio.ZoneId, "ratios.zoneId");
        }

        if (policy.Grace is { } grace && (grace < TimeSpan.Zero || grace > TimeSpan.FromHours(24)))
        {
            throw new ValidationException("grace", "grace must be between 0 and 24 hours.");
        }

        S.Policy = policy with { Ratios = [.. policy.Ratios] };
        EvaluateStaffing(Now);
        await CommitAsync();
        return View();
    }

    private void Clock(string guardId, bool onDuty, DateTimeOffset at, ClockSource source)
    {
        if (!onDuty)
        {
            S.OnDuty.Remove(guardId);
        }
        else if (!S.OnDuty.ContainsKey(guardId))
        {
            S.OnDuty[guardId] = new GuardDuty(guardId, at, source);
        }
    }

    private IReadOnlyList<Staffing> Staffing(DateTimeOffset now) => StaffingRules.Compute(
        S.Population, S.Guards, S.OnDuty.Keys, S.Policy, BeijingTime.Period(now), O.ResidentsPerGuard);

    /// <summary>Runs the under-staffing clock; true when the desk state changed.</summary>
    private bool EvaluateStaffing(DateTimeOffset now)
    {
        var estate = Staffing(now)[^1];
        var open = AlarmBook.Open(S.Alarms, AlarmType.UnderStaffed, UnderStaffedOriginator) is not null;
        var decision = StaffingRules.Evaluate(estate.OnDuty < estate.Required, S.UnderStaffedSince, open, now, S.Policy.Grace ?? O.UnderStaffedGrace);
        var changed = decision.Since != S.UnderStaffedSince;
        S.UnderStaffedSince = decision.Since;
        if (decision.Raise)
        {
            Raise(AlarmType.UnderStaffed, AlarmSeverity.Major, UnderStaffedOriginator,
                $"{estate.OnDuty} of {estate.Required} guards on duty since {decision.Since:u}", now);
        }

        if (decision.Clear)
        {
            AlarmBook.Clear(S.Alarms, AlarmType.UnderStaffed, UnderStaffedOriginator, now, O.ClearedAlarmsKept);
        }

        return changed || decision.Raise || decision.Clear;
    }

    /// <summary>Null stays null (the whole estate); a zone must be one of the estate's zones.</summary>
    private async Task<string?> ZoneAsync(string? zoneId, string field = "zoneId")
    {
        var structure = await StructureAsync(); // also: the estate must be registered
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return null;
        }

        return structure.Zones.Any(z => z.ZoneId == zoneId)
            ? zoneId
            : throw new ValidationException(field, $"Zone '{zoneId}' is not defined in estate '{EstateId}'.");
    }

    /// <summary>A human command: persist, make sure the desk is watched, report.</summary>
    private async Task CommitAsync()
    {
        await WriteAsync();
        await WatchAsync();
        Changed();
    }
}
