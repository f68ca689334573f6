namespace Anju.Estates;

/// <summary>The things that lower an estate's health score (docs/health-score.md).</summary>
[GenerateSerializer]
public enum HealthFactor
{
    /// <summary>Nothing lowers the score.</summary>
    None = 0,

    /// <summary>Vacant share of the dwellings (空置).</summary>
    Vacancy = 1,

    /// <summary>Open incidents, weighted by severity, per 100 households.</summary>
    IncidentLoad = 2,

    /// <summary>Share of open incidents past their SLA.</summary>
    OverdueIncidents = 3,

    /// <summary>Guards missing against the number required by actual population (§5.2).</summary>
    GuardShortfall = 4,

    /// <summary>Share of CCTV cameras offline (§5.2).</summary>
    CamerasOffline = 5,

    /// <summary>Open facility faults per 100 dwellings (§3.4).</summary>
    OpenFaults = 6,

    /// <summary>Share of open facility faults past their SLA.</summary>
    OverdueFaults = 7,

    /// <summary>Share of households in serious rent arrears (租金欠繳).</summary>
    RentArrears = 8,

    /// <summary>Share of households with an overdue annual review (年審).</summary>
    OverdueReviews = 9,

    /// <summary>Share of households at the exit-review deduction level (扣分).</summary>
    ExitReviews = 10,

    /// <summary>Residents' satisfaction (§1) below the target mean, from ratings of closed cases and surveys.</summary>
    Satisfaction = 11,
}
