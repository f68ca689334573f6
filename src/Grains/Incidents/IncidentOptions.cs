using static Anju.Hosting.OptionsCheck;

namespace Anju.Incidents;

/// <summary>
/// SLA clocks and routing of incidents (configuration section "Incidents"). The policy (穗府辦〔2014〕3號) sets no
/// response times, so every figure is a documented default (docs/incidents.md): a critical case must be acknowledged
/// within 15 minutes and resolved within 4 hours, a minor one within 4 and 72 hours. The routing table defaults to
/// the annex's lead and co-operating units (牽頭單位/配合單位) of the paragraph each category comes from.
/// </summary>
public sealed class IncidentOptions
{
    /// <summary>SLA windows per severity, for every category without its own row.</summary>
    public Dictionary<IncidentSeverity, SlaWindow> Sla { get; set; } = new()
    {
        [IncidentSeverity.Critical] = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        [IncidentSeverity.Major] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(24)),
        [IncidentSeverity.Minor] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
        [IncidentSeverity.Info] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromDays(7)),
    };

    /// <summary>Category-specific windows that replace the severity default. Security cases run tighter (§5.2: public
    /// order); illegal structures need enforcement procedure, so they get longer to resolve.</summary>
    public Dictionary<IncidentCategory, Dictionary<IncidentSeverity, SlaWindow>> CategorySla { get; set; } = new()
    {
        [IncidentCategory.Security] = new()
        {
            [IncidentSeverity.Critical] = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromHours(2)),
            [IncidentSeverity.Major] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(12)),
        },
        [IncidentCategory.IllegalStructure] = new()
        {
            [IncidentSeverity.Major] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(15)),
            [IncidentSeverity.Minor] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromDays(30)),
        },
    };

    /// <summary>The routing table: category → handler and annex units.</summary>
    public Dictionary<IncidentCategory, RouteOption> Routes { get; set; } = IncidentRoutes.Defaults();

    /// <summary>Period of the durable reminder that wakes an open case to check its clocks (default 1 minute, Orleans'
    /// floor); a grain timer fires at the exact deadline while the case is active.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a finished case stays in its estate's book for lists and 24-hour means (default 7 days).</summary>
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often an estate's book recounts while active, so the 24-hour window slides (default 5 minutes).</summary>
    public TimeSpan RecountPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The window for a case of <paramref name="category"/> and <paramref name="severity"/>.</summary>
    public SlaWindow WindowFor(IncidentCategory category, IncidentSeverity severity) =>
        CategorySla.TryGetValue(category, out var rows) && rows.TryGetValue(severity, out var own) ? own
        : Sla.TryGetValue(severity, out var row) ? row
        : new SlaWindow(TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(72));

    /// <summary>The route of <paramref name="category"/>; grid staff when the table has no row.</summary>
    public IncidentRoute RouteFor(IncidentCategory category) =>
        Routes.TryGetValue(category, out var row) ? row.ToRoute() : new IncidentRoute(ResponsibleParty.GridStaff, "各區、縣級市政府", [], "§4.3");

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Positive("Incidents:ReminderPeriod", ReminderPeriod),
        Positive("Incidents:KeepFinishedFor", KeepFinishedFor),
        Positive("Incidents:RecountPeriod", RecountPeriod));
}
