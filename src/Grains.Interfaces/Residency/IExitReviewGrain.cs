namespace Anju.Residency;

/// <summary>One exit review (退出審查). Key: <see cref="Keys.ExitReview"/>. Opened only through its estate's book
/// (<see cref="IExitReviewBookGrain.OpenAsync"/>), which generates the id; reports every change back to the book.</summary>
[Alias("Anju.Residency.IExitReviewGrain")]
public interface IExitReviewGrain : IGrainWithStringKey
{
    /// <summary>Creates the case from its first trigger, or adds a later trigger's reason (a repeat of a trigger's
    /// reference changes nothing). A finished case takes nothing and answers as it is, so the book opens a new one.</summary>
    Task<ExitReviewSummary> ReceiveAsync(ExitReviewOpening opening);

    /// <summary>One step. <see cref="ConflictException"/> for a stale version or a step the case's stage does not allow;
    /// <see cref="ValidationException"/> naming the field for bad input. Carrying out moves the dwelling's household out.</summary>
    Task<ExitReviewSnapshot> ActAsync(ExitReviewCommand command);

    /// <summary>The clock of the case's book: when the appeal window of an exit decision has ended without an appeal,
    /// records that (a step by <c>system</c>) and makes the case ready to carry out. Anything else changes nothing, so a
    /// repeated or late tick records nothing twice. Answers with the case as it is.</summary>
    Task<ExitReviewSummary> EndAppealWindowAsync();

    /// <summary>The whole case; <see cref="NotFoundException"/> when never opened.</summary>
    [ReadOnly]
    Task<ExitReviewSnapshot> GetAsync();
}

/// <summary>The estate's book seen by the API, the cases and the dwellings (same grain and key as
/// <see cref="IExitReviewBookGrain"/>).</summary>
[Alias("Anju.Residency.IExitReviewRegisterGrain")]
public interface IExitReviewRegisterGrain : IExitReviewBookGrain
{
    /// <summary>The estate's cases and counts. Interleaves.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<ExitReviewList> ListAsync();

    /// <summary>The case's summary as the book has it, or null for an id this book never opened (so an unknown id
    /// activates no case). Interleaves.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<ExitReviewSummary?> FindAsync(string caseId);

    /// <summary>The open case of a dwelling, or null. Interleaves: a dwelling asks while a case may be awaiting it.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<string?> OpenCaseForAsync(string dwellingId);

    /// <summary>A case changed; the newest version is kept. Interleaves: a case reports while the book may await it.</summary>
    [AlwaysInterleave]
    Task ReportAsync(ExitReviewSummary summary);
}
