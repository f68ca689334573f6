using static Anju.Hosting.OptionsCheck;

namespace Anju.Estates.Health;

/// <summary>
/// Weights and caps of the estate health score (configuration section "Health"); see docs/health-score.md.
/// The policy defines no score, so every figure here is a default chosen so that the caps add up to more than
/// 100 (an estate failing on several fronts reaches 0) while no single factor can cost more than 20 points.
/// The security factors (§5.2) weigh most because they are what the command centre acts on in real time.
/// </summary>
internal sealed class HealthOptions
{
    /// <summary>Vacant share of dwellings (default 10 / cap 10): empty affordable homes are a waste the
    /// housing office tracks, but not an emergency.</summary>
    public HealthWeight Vacancy { get; set; } = new(10, 10);

    /// <summary>Points per severity-weighted open incident per 100 households (default 2 / cap 20): in a
    /// 200-household estate one open critical incident costs 10 points, two reach the cap.</summary>
    public HealthWeight IncidentLoad { get; set; } = new(2, 20);

    /// <summary>How many minor incidents one critical open incident counts as (default 10: a critical
    /// incident — a threat to life or safety — should weigh like a backlog of small complaints).</summary>
    public double CriticalIncidentMultiplier { get; set; } = 10;

    /// <summary>How many minor incidents one major open incident counts as (default 3).</summary>
    public double MajorIncidentMultiplier { get; set; } = 3;

    /// <summary>How much one minor open incident counts (default 1: the unit).</summary>
    public double MinorIncidentMultiplier { get; set; } = 1;

    /// <summary>Share of open incidents past their SLA (default 15 / cap 15): an overdue matter is one the
    /// grid failed to keep small (小事不出網格, §4.3).</summary>
    public HealthWeight OverdueIncidents { get; set; } = new(15, 15);

    /// <summary>Guard shortfall, 1 − on duty / required (default 20 / cap 20): §5.2 asks for guards in full
    /// proportion to the actual population (足額配備).</summary>
    public HealthWeight GuardShortfall { get; set; } = new(20, 20);

    /// <summary>Share of CCTV cameras offline (default 10 / cap 10, §5.2 視頻監控).</summary>
    public HealthWeight CamerasOffline { get; set; } = new(10, 10);

    /// <summary>Points per open facility fault per 100 dwellings (default 1 / cap 5): some faults are always
    /// open in a large estate; only an unusual backlog should show.</summary>
    public HealthWeight OpenFaults { get; set; } = new(1, 5);

    /// <summary>Share of open facility faults past their SLA (default 10 / cap 10, §3.4).</summary>
    public HealthWeight OverdueFaults { get; set; } = new(10, 10);

    /// <summary>Share of households in serious rent arrears (default 50 / cap 10): 2 % of households cost one
    /// point, 20 % the whole cap.</summary>
    public HealthWeight RentArrears { get; set; } = new(50, 10);

    /// <summary>Share of households with an overdue annual review (default 50 / cap 10), scaled like rent arrears.</summary>
    public HealthWeight OverdueReviews { get; set; } = new(50, 10);

    /// <summary>Share of households at the exit-review deduction level (default 100 / cap 10): each 1 % costs a
    /// point, since every such household is a conduct problem the estate lives with.</summary>
    public HealthWeight ExitReviews { get; set; } = new(100, 10);

    /// <summary>Residents' satisfaction (§1) below <see cref="SatisfactionTarget"/> (default 10 / cap 10): the ratio is
    /// (target − mean) / (target − 1), so a mean of 1 costs the whole weight and a mean at or above the target nothing.</summary>
    public HealthWeight Satisfaction { get; set; } = new(10, 10);

    /// <summary>The mean rating (1–5) at or above which satisfaction costs nothing (default 4: "satisfied").</summary>
    public double SatisfactionTarget { get; set; } = 4;

    /// <summary>Fewer ratings and answers than this cost nothing (default 10): a couple of ratings are not a measure.</summary>
    public int SatisfactionMinimumResponses { get; set; } = 10;

    /// <summary>The weight and cap of <paramref name="factor"/>.</summary>
    public HealthWeight For(HealthFactor factor) => factor switch
    {
        HealthFactor.Vacancy => Vacancy,
        HealthFactor.IncidentLoad => IncidentLoad,
        HealthFactor.OverdueIncidents => OverdueIncidents,
        HealthFactor.GuardShortfall => GuardShortfall,
        HealthFactor.CamerasOffline => CamerasOffline,
        HealthFactor.OpenFaults => OpenFaults,
        HealthFactor.OverdueFaults => OverdueFaults,
        HealthFactor.RentArrears => RentArrears,
        HealthFactor.OverdueReviews => OverdueReviews,
        HealthFactor.ExitReviews => ExitReviews,
        HealthFactor.Satisfaction => Satisfaction,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Not a scored factor."),
    };

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        HealthScore.Factors.Select(f => For(f) is { } w && w.Weight >= 0 && w.Cap is >= 0 and <= 100 ? null
            : $"Health:{f} needs a Weight of 0 or more and a Cap of 0 to 100.").FirstOrDefault(p => p is not null),
        Between("Health:CriticalIncidentMultiplier", CriticalIncidentMultiplier, 0, 1_000),
        Between("Health:MajorIncidentMultiplier", MajorIncidentMultiplier, 0, 1_000),
        Between("Health:MinorIncidentMultiplier", MinorIncidentMultiplier, 0, 1_000),
        Between("Health:SatisfactionTarget", SatisfactionTarget, 1, 5),
        Between("Health:SatisfactionMinimumResponses", SatisfactionMinimumResponses, 0, 1_000_000));
}
