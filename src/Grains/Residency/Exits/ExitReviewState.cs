namespace Anju.Residency;

/// <summary>Persisted state of one exit review (state name "exit-review").</summary>
[GenerateSerializer, Alias("Anju.Residency.ExitReviewState")]
internal sealed class ExitReviewState
{
    [Id(0)] public ExitReviewSummary? Summary { get; set; }
    [Id(1)] public List<ExitReviewTrigger> Triggers { get; set; } = [];
    [Id(2)] public List<ExitReviewStep> Steps { get; set; } = [];

    /// <summary>The client command ids applied, newest first, with what each said (a repeat with other content is a conflict).</summary>
    [Id(3)] public List<ExitCommandSeen> Commands { get; set; } = [];

    /// <summary>The newest version the book has acknowledged; a case that changed since reports again when it wakes.</summary>
    [Id(4)] public long Reported { get; set; }
}

/// <summary>A command id a case applied: the content it carried and the version it made.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitCommandSeen")]
internal sealed record ExitCommandSeen([property: Id(0)] string CommandId, [property: Id(1)] string Content, [property: Id(2)] long Version)
{
    /// <summary>What a command said, as compared on a repeat (its version included: a repeat carries the same).</summary>
    public static string ContentOf(ExitReviewCommand c) => $"{c.Action}|{c.ExpectedVersion}|{c.Decision}|{c.Reason?.Trim()}";
}
