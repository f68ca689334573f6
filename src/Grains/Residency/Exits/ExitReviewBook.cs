namespace Anju.Residency;

/// <summary>The book's rules as plain functions of its state: at most one open case per dwelling, newest version
/// wins, the list the screen shows.</summary>
internal static class ExitReviewBook
{
    /// <summary>The open case of <paramref name="dwellingId"/>, or null.</summary>
    public static string? OpenCaseFor(ExitReviewBookState s, string dwellingId) =>
        s.Cases.Values.Where(c => c.IsOpen && c.DwellingId == dwellingId).OrderBy(c => c.OpenedAt).Select(c => c.CaseId).FirstOrDefault();

    /// <summary>Keeps <paramref name="summary"/> if it is newer than what the book has for its case (or the case is
    /// new). True when the book changed.</summary>
    public static bool Take(ExitReviewBookState s, ExitReviewSummary summary)
    {
        if (s.Cases.TryGetValue(summary.CaseId, out var known) && known.Version >= summary.Version)
        {
            return false;
        }

        s.Cases[summary.CaseId] = summary;
        return true;
    }

    /// <summary>The place-holder a new case has in the book between the book's write and the case's first answer
    /// (version 0, so the case's own summary replaces it).</summary>
    public static ExitReviewSummary Placeholder(string caseId, ExitReviewOpening opening, DateTimeOffset now) =>
        ExitReviewRules.Open(caseId, opening, now) with { Version = 0 };
}

/// <summary>The list the screen shows (pure): cases ready to carry out first (the housing office's next work), then the
/// other open cases, both oldest first; then finished ones newest first; counts by stage and of those ready.</summary>
public static class ExitReviewListing
{
    /// <summary>The list of <paramref name="cases"/> for <paramref name="estateId"/>.</summary>
    public static ExitReviewList Of(string estateId, IEnumerable<ExitReviewSummary> cases)
    {
        var all = cases.ToList();
        var open = all.Where(c => c.IsOpen)
            .OrderBy(c => c.Stage == ExitReviewStage.ReadyToCarryOut ? 0 : 1).ThenBy(c => c.OpenedAt).ThenBy(c => c.CaseId, StringComparer.Ordinal);
        var done = all.Where(c => !c.IsOpen).OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.CaseId, StringComparer.Ordinal);
        var byStage = Enum.GetValues<ExitReviewStage>().ToDictionary(st => st, st => all.Count(c => c.Stage == st));
        return new ExitReviewList(estateId, all.Count(c => c.IsOpen), byStage, [.. open, .. done]) { Ready = byStage[ExitReviewStage.ReadyToCarryOut] };
    }
}
