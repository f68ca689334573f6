namespace Anju.Facilities;

/// <summary>Preventive schedules: the estate's own per type over the defaults; which facilities need their next
/// preventive order now (created a lead time before it falls due, one open per facility); and the due date after it.</summary>
internal static class MaintenanceSchedules
{
    public const int LongestDays = 3650;

    /// <summary>How often a type is maintained in this estate, or null when it has no schedule.</summary>
    public static TimeSpan? Every(FacilityType type, IReadOnlyDictionary<FacilityType, MaintenanceSchedule> own, FacilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(options);
        var every = own.TryGetValue(type, out var s) ? s.Every : options.Schedules.GetValueOrDefault(type);
        return every > TimeSpan.Zero ? every : null;
    }

    /// <summary>The schedules in force, one per type that has one (the estate's own, else the default).</summary>
    public static IReadOnlyList<MaintenanceSchedule> InForce(IReadOnlyDictionary<FacilityType, MaintenanceSchedule> own, FacilityOptions options) =>
        [.. Enum.GetValues<FacilityType>()
            .Select(t => Every(t, own, options) is { } every ? new MaintenanceSchedule(t, every, FaultCatalogue.Maintenance) : null)
            .OfType<MaintenanceSchedule>()];

    /// <summary>An estate's schedule checked: a known type and a period of 1 to 3650 days (zero: no schedule).</summary>
    public static MaintenanceSchedule Valid(MaintenanceSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!Enum.IsDefined(schedule.Type))
        {
            throw new ValidationException("type", $"type must be one of {string.Join(", ", Enum.GetNames<FacilityType>())}.");
        }

        if (schedule.Every < TimeSpan.Zero || schedule.Every > TimeSpan.FromDays(LongestDays))
        {
            throw new ValidationException("everyDays", $"everyDays must be from 0 (no schedule) to {LongestDays}.");
        }

        return schedule with { Code = FaultCatalogue.Maintenance };
    }

    /// <summary>How long before its due date an order is created: the lead, at most half the period.</summary>
    public static TimeSpan Lead(TimeSpan every, TimeSpan lead) => lead < every / 2 ? lead : every / 2;

    /// <summary>Facilities whose next preventive order should be created now: due within the lead, and no preventive
    /// order of theirs open.</summary>
    public static IReadOnlyList<FacilityEntry> Due(EstateFacilitiesState state, Func<FacilityType, TimeSpan?> every, TimeSpan lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Register.Values
            .Where(e => e.NextDue is { } due && every(e.Facility.Type) is { } period && due - Lead(period, lead) <= now)
            .Where(e => OrderBook.OpenPreventive(state.Orders.Values, e.Facility.FacilityId) is null)
            .OrderBy(e => e.NextDue)];
    }

    /// <summary>The next due date: a period after the one just ordered (null when the type lost its schedule).</summary>
    public static DateTimeOffset? After(DateTimeOffset due, TimeSpan? every) => every is { } period ? due + period : null;

    /// <summary>The earliest moment a facility's next order is to be created, or null when none is scheduled.</summary>
    public static DateTimeOffset? NextCreation(EstateFacilitiesState state, Func<FacilityType, TimeSpan?> every, TimeSpan lead)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Register.Values
            .Where(e => e.NextDue is not null && every(e.Facility.Type) is not null)
            .Select(e => (DateTimeOffset?)(e.NextDue!.Value - Lead(every(e.Facility.Type)!.Value, lead)))
            .Min();
    }

    /// <summary>Applies a changed schedule to the register: facilities of the type get their next due date from now.</summary>
    public static void Reschedule(EstateFacilitiesState state, FacilityType type, TimeSpan? every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var (id, e) in state.Register.Where(r => r.Value.Facility.Type == type).ToList())
        {
            state.Register[id] = e with { NextDue = every is { } period ? (e.NextDue is { } d && d < now + period ? d : now + period) : null };
        }
    }

}
