namespace Anju.Incidents;

/// <summary>How serious an incident is; sets its SLA clocks and its weight in the health score.</summary>
[GenerateSerializer]
public enum IncidentSeverity
{
    /// <summary>A threat to life, safety or public order.</summary>
    Critical,

    /// <summary>Serious harm to residents' use of the estate.</summary>
    Major,

    /// <summary>An everyday matter for the grid.</summary>
    Minor,

    /// <summary>For the record; no one is harmed.</summary>
    Info,
}
