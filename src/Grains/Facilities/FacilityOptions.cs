using static Anju.Hosting.OptionsCheck;
using Anju.Incidents;
using Microsoft.Extensions.Configuration;

namespace Anju.Facilities;

/// <summary>
/// Facilities and work orders (configuration section "Facilities"). Clocks per fault code override those per
/// severity; the sources of the defaults are in docs/facilities.md (a trapped passenger: the maintenance unit on site
/// within 30 minutes, TSG T5002). Preventive schedules per facility type (a lift every 15 days, TSG T5002 半月保養).
/// </summary>
public sealed class FacilityOptions
{
    private static TimeSpan M(int minutes) => TimeSpan.FromMinutes(minutes);

    private static TimeSpan H(int hours) => TimeSpan.FromHours(hours);

    private static TimeSpan D(int days) => TimeSpan.FromDays(days);

    /// <summary>Clocks of fault codes that have their own (<c>Facilities:Clocks:{code}</c>).</summary>
    public Dictionary<string, WorkOrderClock> Clocks { get; set; } = new(StringComparer.Ordinal)
    {
        [FaultCatalogue.TrappedPassenger] = new(M(5), M(30), H(4)),
        ["fire-alarm"] = new(M(5), M(15), H(4)),
        ["no-water"] = new(M(15), H(1), H(6)),
        ["no-pressure"] = new(M(15), H(1), H(6)),
        ["lift-stopped"] = new(M(30), H(2), H(24)),
        [FaultCatalogue.CameraOffline] = new(H(1), H(4), H(24)),
        ["light-out"] = new(H(4), H(24), D(3)),
    };

    /// <summary>Clocks per severity for every other code (<c>Facilities:Clocks:Default:{Severity}</c>, or
    /// <c>Facilities:DefaultClocks:{Severity}</c>).</summary>
    public Dictionary<IncidentSeverity, WorkOrderClock> DefaultClocks { get; set; } = new()
    {
        [IncidentSeverity.Critical] = new(M(15), H(1), H(4)),
        [IncidentSeverity.Major] = new(H(1), H(4), H(24)),
        [IncidentSeverity.Minor] = new(H(4), H(24), D(3)),
        [IncidentSeverity.Info] = new(H(24), D(3), D(7)),
    };

    /// <summary>A preventive order must be accepted this long after it is created; it is done by its due date.</summary>
    public TimeSpan PreventiveAccept { get; set; } = H(24);

    /// <summary>A preventive order is created this long before it falls due (at most half its schedule's period), so the
    /// company has the time to do it by the due date.</summary>
    public TimeSpan PreventiveLead { get; set; } = D(3);

    /// <summary>Preventive schedules per type (<c>Facilities:Schedules:{Type}</c>); types absent have none.</summary>
    public Dictionary<FacilityType, TimeSpan> Schedules { get; set; } = new()
    {
        [FacilityType.Lift] = D(15),
        [FacilityType.FireSystem] = D(30),
        [FacilityType.WaterTank] = D(182),
        [FacilityType.WaterPump] = D(90),
        [FacilityType.AccessControl] = D(90),
        [FacilityType.Gate] = D(90),
        [FacilityType.Cctv] = D(90),
        [FacilityType.GarbageStation] = D(30),
    };

    /// <summary>Period of an open order's durable reminder (Orleans' floor is 1 minute); a timer fires at the exact deadline while active.</summary>
    public TimeSpan ReminderPeriod { get; set; } = M(1);

    /// <summary>Period of the facilities grain's durable reminder, which opens due preventive orders (created days
    /// ahead, so minutes do not matter) and re-sends open alarms after a restart.</summary>
    public TimeSpan ScheduleReminderPeriod { get; set; } = M(5);

    /// <summary>How often an active facilities grain recounts (overdue preventive orders) and re-sends its open alarms.</summary>
    public TimeSpan TickInterval { get; set; } = M(1);

    /// <summary>Changes inside this window reach the estate as one section.</summary>
    public TimeSpan ReportDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Device fault event ids remembered as duplicates (durable), by age and count per estate.</summary>
    public TimeSpan EventWindow { get; set; } = H(24);

    /// <summary>See <see cref="EventWindow"/>.</summary>
    public int EventWindowSize { get; set; } = 5000;

    /// <summary>Closed orders kept in the estate's list (and cleared alarms), for lists and the last week's figures.</summary>
    public TimeSpan KeepClosedFor { get; set; } = D(7);

    /// <summary>Client command ids an order remembers, so a retried step is answered, not applied twice.</summary>
    public int CommandIdsKept { get; set; } = 50;

    /// <summary>Reads <c>Facilities:Clocks:Default:{Severity}</c> into <see cref="DefaultClocks"/>: the binder took
    /// "Default" for a fault code of that name, which no code is.</summary>
    public void TakeSeverityClocks(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        Clocks.Remove("Default");
        foreach (var row in section.GetChildren())
        {
            if (Enum.TryParse<IncidentSeverity>(row.Key, ignoreCase: true, out var severity))
            {
                var clock = DefaultClocks.TryGetValue(severity, out var held) ? new WorkOrderClock(held.Accept, held.OnSite, held.Repair) : new WorkOrderClock();
                row.Bind(clock);
                DefaultClocks[severity] = clock;
            }
        }
    }

    /// <summary>The clock of a code, else of its severity.</summary>
    public WorkOrderClock ClockFor(string code, IncidentSeverity severity) =>
        Clocks.TryGetValue(code, out var own) ? own
        : DefaultClocks.TryGetValue(severity, out var row) ? row
        : new WorkOrderClock(H(4), H(24), D(3));

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Clocks.Concat(DefaultClocks.Select(c => KeyValuePair.Create($"Default:{c.Key}", c.Value)))
            .Select(c => c.Value.Accept > TimeSpan.Zero && c.Value.OnSite > TimeSpan.Zero && c.Value.Repair > TimeSpan.Zero ? null
                : $"Facilities:Clocks:{c.Key} needs Accept, OnSite and Repair durations above 0.").FirstOrDefault(p => p is not null),
        Schedules.Select(s => Positive($"Facilities:Schedules:{s.Key}", s.Value)).FirstOrDefault(p => p is not null),
        Positive("Facilities:PreventiveAccept", PreventiveAccept),
        Positive("Facilities:PreventiveLead", PreventiveLead),
        Positive("Facilities:ReminderPeriod", ReminderPeriod),
        Positive("Facilities:ScheduleReminderPeriod", ScheduleReminderPeriod),
        Positive("Facilities:TickInterval", TickInterval),
        Positive("Facilities:ReportDelay", ReportDelay),
        Positive("Facilities:EventWindow", EventWindow),
        Between("Facilities:EventWindowSize", EventWindowSize, 1, 1_000_000),
        Positive("Facilities:KeepClosedFor", KeepClosedFor),
        Between("Facilities:CommandIdsKept", CommandIdsKept, 1, 100_000));
}
