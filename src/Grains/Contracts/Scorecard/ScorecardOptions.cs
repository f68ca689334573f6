namespace Anju.Contracts.Scorecard;

/// <summary>One factor's setting: <see cref="Weight"/> points per unit of shortfall against <see cref="Target"/>,
/// never more than <see cref="Cap"/> points (docs/scorecard.md says what a unit is for each factor).</summary>
internal sealed class ScoreWeight
{
    public ScoreWeight()
    {
    }

    public ScoreWeight(decimal weight, decimal cap, decimal target) => (Weight, Cap, Target) = (weight, cap, target);

    public decimal Weight { get; set; }

    public decimal Cap { get; set; }

    public decimal Target { get; set; }
}

/// <summary>The contract scorecard (考核, configuration section "Scorecard"); see docs/scorecard.md. The policy asks
/// for a third-party assessment and exit of poor performers (§6.1) but gives no formula, so the defaults are chosen
/// so that the caps add up to more than 100 while no single factor can cost more than 30 points, and a contract
/// meeting every target scores 100.</summary>
internal sealed class ScorecardOptions
{
    /// <summary>A score below this is flagged on the housing office's ranking (default 75).</summary>
    public decimal Threshold { get; set; } = 75m;

    /// <summary>Hours added to UTC to get the city's time, which decides the calendar month (default 8, Guangzhou).</summary>
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>Closed periods kept for the trend (default 36: a contract's longest term).</summary>
    public int HistoryKept { get; set; } = 36;

    /// <summary>Latencies kept per period for the p90 (default 2,000, the latest); the mean counts every one.</summary>
    public int LatencySamples { get; set; } = 2_000;

    /// <summary>Orders and cases kept as evidence per factor and period (default 200, the latest).</summary>
    public int EvidencePerFactor { get; set; } = 200;

    /// <summary>Coalescing of the live publication and the report to the pool (default 1 s).</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of closed orders and company cases within their clocks: 1 point per percentage point below 95 %, cap 25.</summary>
    public ScoreWeight SlaCompliance { get; set; } = new(100m, 25m, 0.95m);

    /// <summary>p90 reported → accepted/acknowledged, minutes: 2 points per hour over 30 minutes, cap 10.</summary>
    public ScoreWeight ResponseTime { get; set; } = new(2m, 10m, 30m);

    /// <summary>p90 reported → repaired, hours: 0.5 points per hour over 24 hours, cap 15.</summary>
    public ScoreWeight RepairTime { get; set; } = new(0.5m, 15m, 24m);

    /// <summary>Repeats and send-backs per closed order: 50 points per 1.0 above 0.05 (5 points at 0.15), cap 10.</summary>
    public ScoreWeight RepeatFaults { get; set; } = new(50m, 10m, 0.05m);

    /// <summary>Share of preventive maintenance done by its due date: 0.5 points per percentage point below 90 %, cap 10.</summary>
    public ScoreWeight PreventiveOnTime { get; set; } = new(50m, 10m, 0.9m);

    /// <summary>Mean rating (1–5): 10 points per rating point below 4, cap 15.</summary>
    public ScoreWeight Satisfaction { get; set; } = new(10m, 15m, 4m);

    /// <summary>Breach deductions of the period, yuan: 1 point per 1,000 yuan, cap 15.</summary>
    public ScoreWeight Deductions { get; set; } = new(0.001m, 15m, 0m);

    /// <summary>The third-party assessment (the assessment's weight): 0.3 points per point below 100, cap 30.</summary>
    public ScoreWeight Assessment { get; set; } = new(0.3m, 30m, 100m);

    public ScoreWeight For(ScoreFactor factor) => factor switch
    {
        ScoreFactor.SlaCompliance => SlaCompliance,
        ScoreFactor.ResponseTime => ResponseTime,
        ScoreFactor.RepairTime => RepairTime,
        ScoreFactor.RepeatFaults => RepeatFaults,
        ScoreFactor.PreventiveOnTime => PreventiveOnTime,
        ScoreFactor.Satisfaction => Satisfaction,
        ScoreFactor.Deductions => Deductions,
        ScoreFactor.Assessment => Assessment,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "not a scored factor"),
    };

    /// <summary>What is wrong with these settings (empty when they are usable); checked when the silo starts.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Threshold is < 0 or > 100)
        {
            problems.Add("Scorecard:Threshold must be 0 to 100.");
        }

        if (UtcOffsetHours is < -12 or > 14)
        {
            problems.Add("Scorecard:UtcOffsetHours must be -12 to 14.");
        }

        if (HistoryKept is < 1 or > 120 || LatencySamples is < 10 or > 100_000 || EvidencePerFactor is < 1 or > 1_000)
        {
            problems.Add("Scorecard:HistoryKept (1–120), LatencySamples (10–100,000) and EvidencePerFactor (1–1,000) are out of range.");
        }

        if (PublishDelay < TimeSpan.Zero || PublishDelay > TimeSpan.FromMinutes(5))
        {
            problems.Add("Scorecard:PublishDelay must be 0 to 5 minutes.");
        }

        foreach (var factor in ScorecardFormula.Factors)
        {
            var w = For(factor);
            if (w is null || w.Weight < 0 || w.Cap < 0 || w.Cap > 100 || w.Target < 0)
            {
                problems.Add($"Scorecard:{factor} needs a weight and a target of 0 or more and a cap of 0 to 100.");
            }
        }

        return problems;
    }
}
