using static Anju.Hosting.OptionsCheck;

namespace Anju.Residency;

/// <summary>The annual-review (年審) cycle (configuration section "AnnualReview"). §3.2 names the
/// review but not its timings; these are defaults.</summary>
public sealed class AnnualReviewOptions
{
    /// <summary>Months from one review to the next (default 12: the review is annual, 年審).</summary>
    public int PeriodMonths { get; set; } = 12;

    /// <summary>Days after the due date before a review without papers is overdue (default 30: a month
    /// for the agency to collect papers from households that are away or slow, before it counts against them).</summary>
    public int GraceDays { get; set; } = 30;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Residency:AnnualReview:PeriodMonths", PeriodMonths, 1, 120),
        Between("Residency:AnnualReview:GraceDays", GraceDays, 0, 3_650));
}
