namespace Anju.Residency;

/// <summary>Exit reviews (退出審查, configuration section "Residency:ExitReviews"). §3.1 asks for an exit system
/// without publishing its periods; these defaults follow the common shape of administrative decisions in Guangdong
/// (a 15-day window to ask for a review) until the housing office sets its own.</summary>
public sealed class ExitReviewOptions
{
    /// <summary>How long the household may appeal an exit decision (default 15 days); the exit is carried out only
    /// after it (or after the second decision, which cannot be appealed).</summary>
    public TimeSpan AppealWindow { get; set; } = TimeSpan.FromDays(15);

    /// <summary>How many idle (閒置) findings inside <see cref="IdleWindow"/> open a case (default 2: one finding may be
    /// a household away for a while; a second, months apart, is a dwelling not lived in).</summary>
    public int IdleFindings { get; set; } = 2;

    /// <summary>How far back idle findings count towards <see cref="IdleFindings"/> (default 180 days).</summary>
    public TimeSpan IdleWindow { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often a dwelling retries a trigger its book did not take, and the book's appeal clock a window whose end
    /// it could not record (default one minute, on a reminder).</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>What is wrong with these values, or null.</summary>
    public string? Problem() =>
        AppealWindow < TimeSpan.Zero || AppealWindow > TimeSpan.FromDays(365) ? "Residency:ExitReviews:AppealWindow must be between 0 and 365 days."
        : IdleFindings is < 1 or > 10 ? "Residency:ExitReviews:IdleFindings must be between 1 and 10."
        : IdleWindow <= TimeSpan.Zero || IdleWindow > TimeSpan.FromDays(3650) ? "Residency:ExitReviews:IdleWindow must be more than 0 and at most 3650 days."
        : RetryPeriod < TimeSpan.FromMinutes(1) || RetryPeriod > TimeSpan.FromDays(1) ? "Residency:ExitReviews:RetryPeriod must be between one minute and one day (a reminder's shortest period is a minute)."
        : null;
}
