namespace Anju.Contracts.Scorecard;

/// <summary>The result of scoring one period: the score (0–100), the factor that cost most, and every factor.</summary>
internal sealed record ScoreResult(decimal Score, ScoreFactor TopFactor, IReadOnlyList<ScoreFactorResult> Factors);

/// <summary>
/// A contract's score for one period, a pure function of the period's figures and its assessment (docs/scorecard.md).
/// <para>
/// score = max(0, 100 − Σ penalty(f)), penalty(f) = min(cap(f), weight(f) × shortfall(f)), each penalty rounded to
/// the hundredth (away from zero) once, here; the score is the sum of those rounded penalties taken from 100.
/// Shortfalls (never below 0): SLA compliance target − within/closed (orders and company cases);
/// response time (p90 minutes − target) / 60, i.e. hours over; repair time p90 hours − target;
/// repeat faults (repeats + send-backs) / closed orders − target; preventive on time target − on time/closed;
/// satisfaction target − mean rating; deductions yuan − target; assessment target − score.
/// A factor with nothing measured (no closed orders, no ratings, no assessment …) has a null value and costs 0.
/// The top factor is the one that costs most (earliest in <see cref="ScoreFactor"/> order on a tie), or
/// <see cref="ScoreFactor.None"/> when nothing costs anything.
/// </para>
/// </summary>
internal static class ScorecardFormula
{
    /// <summary>The best score.</summary>
    public const decimal Perfect = 100m;

    /// <summary>The scored factors, in <see cref="ScoreFactor"/> order.</summary>
    public static IReadOnlyList<ScoreFactor> Factors { get; } = [.. Enum.GetValues<ScoreFactor>().Where(f => f != ScoreFactor.None)];

    public static ScoreResult Compute(ScorecardFigures figures, decimal? assessment, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ScoreFactorResult>(Factors.Count);
        foreach (var factor in Factors)
        {
            var (value, unit) = Measure(factor, figures, assessment);
            var w = options.For(factor);
            var penalty = value is { } v ? Math.Min(Math.Max(0m, w.Cap), Math.Max(0m, w.Weight) * Shortfall(factor, v, w.Target)) : 0m;
            results.Add(new ScoreFactorResult(factor, value, Math.Round(penalty, 2, MidpointRounding.AwayFromZero), unit));
        }

        var score = Math.Clamp(Perfect - results.Sum(r => r.Penalty), 0m, Perfect);
        var top = results.Where(r => r.Penalty > 0).OrderByDescending(r => r.Penalty).ThenBy(r => r.Factor).Select(r => r.Factor).FirstOrDefault();
        return new ScoreResult(score, top, results);
    }

    /// <summary>The measured value of a factor in its unit, or null when nothing was measured.</summary>
    public static (decimal? Value, string Unit) Measure(ScoreFactor factor, ScorecardFigures f, decimal? assessment)
    {
        ArgumentNullException.ThrowIfNull(f);
        return factor switch
        {
            ScoreFactor.SlaCompliance => (Share(f.OrdersWithinSla + f.IncidentsWithinSla, f.OrdersClosed + f.IncidentsClosed), "ratio"),
            ScoreFactor.ResponseTime => (Round(f.ResponseP90Minutes), "minutes"),
            ScoreFactor.RepairTime => (Round(f.RepairP90Hours), "hours"),
            ScoreFactor.RepeatFaults => (Share(f.RepeatFaults, f.OrdersClosed), "ratio"),
            ScoreFactor.PreventiveOnTime => (Share(f.PreventiveOnTime, f.PreventiveClosed), "ratio"),
            ScoreFactor.Satisfaction => (f.Ratings == 0 ? null : Round(f.MeanRating), "rating"),
            ScoreFactor.Deductions => (f.Deductions, "yuan"),
            ScoreFactor.Assessment => (assessment, "score"),
            _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "not a scored factor"),
        };
    }

    private static decimal Shortfall(ScoreFactor factor, decimal value, decimal target) => Math.Max(0m, factor switch
    {
        ScoreFactor.SlaCompliance or ScoreFactor.PreventiveOnTime or ScoreFactor.Satisfaction or ScoreFactor.Assessment => target - value,
        ScoreFactor.ResponseTime => (value - target) / 60m,
        _ => value - target,
    });

    private static decimal? Share(int part, int whole) => whole <= 0 ? null : Math.Round((decimal)Math.Min(part, whole) / whole, 4, MidpointRounding.AwayFromZero);

    private static decimal? Round(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round((decimal)Math.Clamp(v, 0, 1e9), 2, MidpointRounding.AwayFromZero) : null;
}
