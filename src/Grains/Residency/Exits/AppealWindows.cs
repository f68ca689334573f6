namespace Anju.Residency;

/// <summary>The end of an exit decision's appeal window as a pure rule: which cases are due, the step the clock records
/// when one ends without an appeal, and when the book's clock must next look.</summary>
public static class AppealWindows
{
    /// <summary>The actor of the steps the clock records.</summary>
    public const string SystemActor = "system";

    /// <summary>Whether <paramref name="c"/> waits on an appeal window (an exit decision not yet appealed).</summary>
    public static bool IsWaiting(ExitReviewSummary c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Stage == ExitReviewStage.Decided && c.Decision == ExitDecision.Exit && c.AppealUntil is not null;
    }

    /// <summary>Whether the window of <paramref name="c"/> has ended at <paramref name="now"/> without an appeal.</summary>
    public static bool IsDue(ExitReviewSummary c, DateTimeOffset now) => IsWaiting(c) && now > c.AppealUntil;

    /// <summary>The case ready to carry out and the clock's step, or null when the window of <paramref name="c"/> has not
    /// ended (or the case no longer waits on one: appealed, carried out, already ready), so a repeated tick records nothing.</summary>
    public static (ExitReviewSummary Next, ExitReviewStep Step)? End(ExitReviewSummary c, DateTimeOffset now)
    {
        if (!IsDue(c, now))
        {
            return null;
        }

        var next = c with { Stage = ExitReviewStage.ReadyToCarryOut, Version = c.Version + 1, UpdatedAt = now };
        var reason = $"The appeal window ended at {c.AppealUntil:u} without an appeal: the exit decision is final and ready to be carried out by the housing office.";
        return (next, new ExitReviewStep(ExitReviewAction.AppealWindowEnded, c.Stage, next.Stage, SystemActor, now, reason, null));
    }

    /// <summary>The earliest window among <paramref name="cases"/> still waited on, or null when none is.</summary>
    public static DateTimeOffset? NextDue(IEnumerable<ExitReviewSummary> cases) =>
        cases.Where(IsWaiting).Select(c => c.AppealUntil).Min();
}
