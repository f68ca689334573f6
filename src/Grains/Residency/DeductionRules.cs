
namespace Anju.Residency;

/// <summary>The point-deduction ledger (扣分, §3.1): entries count inside a rolling window, and the total
/// decides the level (none, warning, exit review).</summary>
internal static class DeductionRules
{
    /// <summary>Validates an entry recorded at <paramref name="now"/>: not in the future, 1..<see cref="DeductionOptions.MaxPointsPerEntry"/>
    /// points, a reason code in id form (e.g. <c>SUBLET</c>, <c>D-07</c>) and an actor. Text is trimmed.</summary>
    public static DeductionEntry Validate(DeductionEntry entry, DateTimeOffset now, DeductionOptions options)
    {
        if (entry is null)
        {
            throw new ValidationException("body", "A deduction is required.");
        }

        Common.Validate.Instant("at", entry.At);
        if (entry.At > now)
        {
            throw new ValidationException("at", "A deduction cannot be dated in the future.");
        }

        if (entry.Points < 1 || entry.Points > options.MaxPointsPerEntry)
        {
            throw new ValidationException("points", $"points must be between 1 and {options.MaxPointsPerEntry}.");
        }

        Common.Validate.Id("reasonCode", entry.ReasonCode);
        return entry with { Actor = Common.Validate.Text("actor", entry.Actor) };
    }

    /// <summary>Points of the entries inside the window ending at <paramref name="asOf"/>: later than
    /// <paramref name="asOf"/> minus <see cref="DeductionOptions.WindowMonths"/> and not after <paramref name="asOf"/>
    /// (an entry exactly a window old no longer counts).</summary>
    public static int Total(IEnumerable<DeductionEntry> ledger, DateTimeOffset asOf, DeductionOptions options)
    {
        var from = asOf.AddMonths(-options.WindowMonths);
        return ledger.Where(e => e.At > from && e.At <= asOf).Sum(e => e.Points);
    }

    /// <summary>The level a total reaches: exit review at <see cref="DeductionOptions.ExitReviewAt"/>, warning at
    /// <see cref="DeductionOptions.WarningAt"/>, otherwise none.</summary>
    public static DeductionLevel LevelFor(int total, DeductionOptions options) =>
        total >= options.ExitReviewAt ? DeductionLevel.ExitReview
        : total >= options.WarningAt ? DeductionLevel.Warning
        : DeductionLevel.None;

    /// <summary>The household's total and level as of <paramref name="asOf"/>.</summary>
    public static DeductionStanding Standing(IEnumerable<DeductionEntry> ledger, DateTimeOffset asOf, DeductionOptions options)
    {
        var total = Total(ledger, asOf, options);
        return new DeductionStanding(total, LevelFor(total, options));
    }

    /// <summary>When the next entry counted as of <paramref name="asOf"/> leaves the window, lowering the total (and
    /// perhaps the level) with nothing recorded; null when no entry counts.</summary>
    public static DateTimeOffset? NextChange(IEnumerable<DeductionEntry> ledger, DateTimeOffset asOf, DeductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        var from = asOf.AddMonths(-options.WindowMonths);
        DateTimeOffset? next = null;
        foreach (var entry in ledger)
        {
            if (entry.At > from && entry.At <= asOf)
            {
                var leaves = LeavesWindow(entry.At, options.WindowMonths);
                next = next is null || leaves < next ? leaves : next;
            }
        }

        return next;
    }

    /// <summary>The first instant at which an entry made at <paramref name="at"/> no longer counts: the window's start
    /// (instant minus the window, as <see cref="Total"/> reckons it) has reached it. Adding the window is that instant
    /// except at a month's end (31 January plus a month is 28 February, which minus a month is only 28 January).</summary>
    private static DateTimeOffset LeavesWindow(DateTimeOffset at, int windowMonths)
    {
        var leaves = at.AddMonths(windowMonths);
        while (leaves.AddMonths(-windowMonths) < at)
        {
            leaves = new DateTimeOffset(leaves.Date.AddDays(1), leaves.Offset); // every instant of a clamped day maps back short
        }

        return leaves;
    }

    /// <summary>Validates <paramref name="entry"/> and reports the standing as of <paramref name="now"/> without
    /// and with it, so the caller knows whether this entry crossed a threshold. The ledger is not changed.</summary>
    public static DeductionCrossing Record(IReadOnlyList<DeductionEntry> ledger, DeductionEntry entry, DateTimeOffset now, DeductionOptions options)
    {
        var valid = Validate(entry, now, options);
        var before = Standing(ledger, now, options);
        var after = Standing(ledger.Append(valid), now, options);
        return new DeductionCrossing(valid, before, after);
    }
}
