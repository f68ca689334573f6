namespace Anju.Residency;

/// <summary>Persisted state of an estate's exit-review book (state name "exit-book"): the newest summary of each case
/// and which case each trigger reference went to.</summary>
[GenerateSerializer, Alias("Anju.Residency.ExitReviewBookState")]
internal sealed class ExitReviewBookState
{
    [Id(0)] public Dictionary<string, ExitReviewSummary> Cases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Trigger reference → case id: a repeated trigger answers with its case and opens nothing.</summary>
    [Id(1)] public Dictionary<string, string> References { get; set; } = new(StringComparer.Ordinal);
}
