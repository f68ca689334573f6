using static Anju.Hosting.OptionsCheck;

namespace Anju.Residency;

/// <summary>The point-deduction scheme's figures (configuration section "Deductions"). §3.1 calls for a
/// deduction scheme (扣分辦法) without publishing its numbers; these defaults follow the common shape of
/// such schemes (a 12-point year, like a driving licence) until the housing office sets its own.</summary>
public sealed class DeductionOptions
{
    /// <summary>Months an entry counts for (default 12: conduct is judged over the past year, and a household
    /// that behaves for a year starts clean).</summary>
    public int WindowMonths { get; set; } = 12;

    /// <summary>Total at which the household is warned (default 6: half-way to exit review, early enough for
    /// the warning to change behaviour).</summary>
    public int WarningAt { get; set; } = 6;

    /// <summary>Total at which the household's right to stay is reviewed (default 12).</summary>
    public int ExitReviewAt { get; set; } = 12;

    /// <summary>Most points one entry may deduct (default 12: the gravest single act can reach exit review on its own).</summary>
    public int MaxPointsPerEntry { get; set; } = 12;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Residency:Deductions:WindowMonths", WindowMonths, 1, 120),
        Between("Residency:Deductions:WarningAt", WarningAt, 1, 1_000),
        Between("Residency:Deductions:ExitReviewAt", ExitReviewAt, 1, 1_000),
        Between("Residency:Deductions:MaxPointsPerEntry", MaxPointsPerEntry, 1, 1_000));
}
