namespace Anju.Residency;

/// <summary>Why an exit review (退出審查, §3.1) was opened for a household.</summary>
[GenerateSerializer]
public enum ExitReviewReason
{
    /// <summary>The household's deductions (扣分) reached the exit-review level.</summary>
    Deductions = 0,

    /// <summary>An inspection found the dwelling sublet (轉租).</summary>
    Sublet = 1,

    /// <summary>An inspection found the dwelling left idle (閒置) long enough to count.</summary>
    Idle = 2,

    /// <summary>The household failed its annual review (年審).</summary>
    AnnualReviewFailed = 3,

    /// <summary>An inspection found the dwelling's use changed (改變用途): like a sublet, a ground to take the dwelling back.</summary>
    UseChanged = 4,
}

/// <summary>What opens (or adds a reason to) an exit review: sent by the dwelling when its deductions cross into
/// <see cref="DeductionLevel.ExitReview"/> or an inspection records a sublet or long idleness, and by the annual-review
/// intake when a review fails. <paramref name="Reference"/> names the source (the deduction, inspection or intake id),
/// so a repeat of the same trigger is recognised and changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewTrigger")]
public sealed record ExitReviewTrigger(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] ExitReviewReason Reason,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Actor,
    [property: Id(4)] string Reference);

/// <summary>An estate's exit-review book (key <see cref="Keys.ExitReviewBook"/>): at most one open case per dwelling.
/// A trigger for a dwelling with an open case adds its reason to that case; otherwise it opens a new one. Acknowledged
/// once durable; a repeat of the same <see cref="ExitReviewTrigger.Reference"/> returns the same case id.</summary>
[Alias("Anju.Residency.IExitReviewBookGrain")]
public interface IExitReviewBookGrain : IGrainWithStringKey
{
    /// <summary>Opens a case for the trigger's dwelling (or adds the reason to its open case); returns the case id.</summary>
    Task<string> OpenAsync(ExitReviewTrigger trigger);
}
