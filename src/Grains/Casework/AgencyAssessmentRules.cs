namespace Anju.Casework;

/// <summary>A month's assessment of an agency (考核) as a pure function of its KPIs and the contract's targets: each KPI
/// met or missed (rounds on time and arrears paid at least their target share, the median intake days at most the
/// target), one with nothing to measure neither; the grade Good with no target missed, Fair with one, Poor with more, and
/// NotMeasured when nothing was measured at all (a month without work is not a good month).</summary>
internal static class AgencyAssessmentRules
{
    public const string OnTime = "onTimeShare";
    public const string Paid = "paidShare";
    public const string IntakeDays = "medianIntakeDays";

    public static AgencyAssessment Assess(AgencyKpis kpis, AgencyTargets targets)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        ArgumentNullException.ThrowIfNull(targets);
        KpiResult[] results =
        [
            new(OnTime, kpis.OnTimeShare, targets.OnTimeShare, Verdict(kpis.OnTimeShare, v => v >= targets.OnTimeShare)),
            new(Paid, kpis.PaidShare, targets.PaidShare, Verdict(kpis.PaidShare, v => v >= targets.PaidShare)),
            new(IntakeDays, kpis.MedianIntakeDays, targets.IntakeDays, Verdict(kpis.MedianIntakeDays, v => v <= targets.IntakeDays)),
        ];
        return new AgencyAssessment(kpis.ContractId, kpis.Month, kpis, targets, results, Grade(results));
    }

    public static AgencyGrade Grade(IReadOnlyCollection<KpiResult> results) =>
        results.All(r => r.Verdict == KpiVerdict.NotMeasured) ? AgencyGrade.NotMeasured
        : results.Count(r => r.Verdict == KpiVerdict.Missed) switch
        {
            0 => AgencyGrade.Good,
            1 => AgencyGrade.Fair,
            _ => AgencyGrade.Poor,
        };

    /// <summary>Whether a month can be signed off on <paramref name="today"/> (the city's): once it is over.</summary>
    public static bool IsOver(DateOnly first, DateOnly today) => today >= first.AddMonths(1);

    /// <summary>The stored signature stands: the same again answers it, another actor or note is a conflict.</summary>
    public static bool SameSignature(AgencyAssessment stored, string actor, string? note) =>
        stored.SignedBy == actor && stored.Note == note
            ? true
            : throw new ConflictException($"The assessment of {stored.Month} was signed off by {stored.SignedBy}.");

    private static KpiVerdict Verdict(double? value, Func<double, bool> met) =>
        value is { } v ? (met(v) ? KpiVerdict.Met : KpiVerdict.Missed) : KpiVerdict.NotMeasured;
}
