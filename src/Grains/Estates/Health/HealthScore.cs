
namespace Anju.Estates.Health;

/// <summary>
/// The estate health score (0–100, 100 = nothing wrong), a pure function of the estate's live figures.
/// <para>
/// score = max(0, ⌊100 − Σ penalty(f)⌋), penalty(f) = min(cap(f), weight(f) × ratio(f)), rounded to hundredths,
/// where households = occupied dwellings and the ratios are:
/// vacancy 1 − occupied/dwellings;
/// incident load (critical×10 + major×3 + minor×1 by default) × 100 / households;
/// overdue incidents overdue/open incidents;
/// guard shortfall 1 − on duty/required (never below 0);
/// cameras offline 1 − online/total;
/// open faults open × 100 / dwellings;
/// overdue faults overdue/open faults;
/// rent arrears, overdue reviews and exit reviews each count/households;
/// satisfaction (target − mean rating)/(target − 1) once at least the minimum number of ratings and answers exist.
/// A ratio whose denominator is 0 is 0, so sections not yet fed cost nothing. Shares are clamped to 0–1 so a
/// momentary inconsistency (more cameras online than installed) never adds or removes points on its own.
/// The score is rounded down so any visible penalty keeps it below 100. The top factor is the one that cost
/// most (earliest in <see cref="HealthFactor"/> order on a tie). Weights and caps: <see cref="HealthOptions"/>.
/// </para>
/// </summary>
internal static class HealthScore
{
    /// <summary>The best score.</summary>
    public const int Perfect = 100;

    /// <summary>The factors that are scored, in <see cref="HealthFactor"/> order.</summary>
    public static IReadOnlyList<HealthFactor> Factors { get; } = [.. Enum.GetValues<HealthFactor>().Where(f => f != HealthFactor.None)];

    /// <summary>Computes the score, the top factor and the penalty of each factor. Negative figures are refused
    /// with a <see cref="ValidationException"/> naming the figure.</summary>
    public static HealthResult Compute(HealthInputs inputs, HealthOptions options)
    {
        EnsureNotNegative(inputs);
        var penalties = new Dictionary<HealthFactor, double>();
        foreach (var factor in Factors)
        {
            var weight = options.For(factor);
            var penalty = Math.Min(Math.Max(0, weight.Cap), Math.Max(0, weight.Weight) * Ratio(factor, inputs, options));
            penalties[factor] = Math.Round(penalty, 2, MidpointRounding.AwayFromZero);
        }

        var score = (int)Math.Clamp(Math.Floor(Perfect - penalties.Values.Sum() + 1e-9), 0, Perfect);
        var top = penalties.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).FirstOrDefault();
        return new HealthResult(score, top, penalties);
    }

    /// <summary>The factor's ratio before its weight and cap (0 when its denominator is 0).</summary>
    public static double Ratio(HealthFactor factor, HealthInputs inputs, HealthOptions options)
    {
        var households = inputs.Occupied;
        return factor switch
        {
            HealthFactor.Vacancy => 1 - Share(inputs.Occupied, inputs.Dwellings, whenEmpty: 1),
            HealthFactor.IncidentLoad => PerHundred(WeightedIncidents(inputs, options), households),
            HealthFactor.OverdueIncidents => Share(inputs.OverdueIncidents, inputs.OpenIncidents),
            HealthFactor.GuardShortfall => 1 - Share(inputs.GuardsOnDuty, inputs.GuardsRequired, whenEmpty: 1),
            HealthFactor.CamerasOffline => 1 - Share(inputs.CamerasOnline, inputs.CamerasTotal, whenEmpty: 1),
            HealthFactor.OpenFaults => PerHundred(inputs.OpenFaults, inputs.Dwellings),
            HealthFactor.OverdueFaults => Share(inputs.OverdueFaults, inputs.OpenFaults),
            HealthFactor.RentArrears => Share(inputs.HouseholdsInSeriousArrears, households),
            HealthFactor.OverdueReviews => Share(inputs.OverdueAnnualReviews, households),
            HealthFactor.ExitReviews => Share(inputs.HouseholdsAtExitReview, households),
            HealthFactor.Satisfaction => SatisfactionShortfall(inputs, options),
            _ => 0,
        };
    }

    /// <summary>(target − mean) / (target − 1), clamped to 0–1; 0 with fewer responses than the minimum (no data, no penalty).</summary>
    private static double SatisfactionShortfall(HealthInputs inputs, HealthOptions options) =>
        inputs.SatisfactionResponses <= 0 || inputs.SatisfactionResponses < options.SatisfactionMinimumResponses || options.SatisfactionTarget <= 1 ? 0
        : Math.Clamp((options.SatisfactionTarget - ((double)inputs.SatisfactionScoreSum / inputs.SatisfactionResponses)) / (options.SatisfactionTarget - 1), 0, 1);

    private static double WeightedIncidents(HealthInputs inputs, HealthOptions options) =>
        (inputs.OpenCriticalIncidents * options.CriticalIncidentMultiplier)
        + (inputs.OpenMajorIncidents * options.MajorIncidentMultiplier)
        + (inputs.OpenMinorIncidents * options.MinorIncidentMultiplier);

    /// <summary>part/whole clamped to 0–1; <paramref name="whenEmpty"/> when whole is 0 (1 for "everything is fine" shares).</summary>
    private static double Share(double part, double whole, double whenEmpty = 0) =>
        whole > 0 ? Math.Clamp(part / whole, 0, 1) : whenEmpty;

    private static double PerHundred(double count, double whole) => whole > 0 ? Math.Max(0, count) * 100 / whole : 0;

    private static void EnsureNotNegative(HealthInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        (string Field, int Value)[] figures =
        [
            ("dwellings", inputs.Dwellings), ("occupied", inputs.Occupied),
            ("openCriticalIncidents", inputs.OpenCriticalIncidents), ("openMajorIncidents", inputs.OpenMajorIncidents),
            ("openMinorIncidents", inputs.OpenMinorIncidents), ("overdueIncidents", inputs.OverdueIncidents),
            ("guardsOnDuty", inputs.GuardsOnDuty), ("guardsRequired", inputs.GuardsRequired),
            ("camerasOnline", inputs.CamerasOnline), ("camerasTotal", inputs.CamerasTotal),
            ("openFaults", inputs.OpenFaults), ("overdueFaults", inputs.OverdueFaults),
            ("householdsInSeriousArrears", inputs.HouseholdsInSeriousArrears),
            ("overdueAnnualReviews", inputs.OverdueAnnualReviews), ("householdsAtExitReview", inputs.HouseholdsAtExitReview),
            ("satisfactionResponses", inputs.SatisfactionResponses), ("satisfactionScoreSum", (int)Math.Min(int.MaxValue, Math.Max(int.MinValue, inputs.SatisfactionScoreSum))),
        ];
        foreach (var (field, value) in figures)
        {
            if (value < 0)
            {
                throw new ValidationException(field, $"{field} cannot be negative.");
            }
        }
    }
}
