using Microsoft.Extensions.Logging;

namespace Anju.Residency;

/// <summary>
/// The book's clock for appeal windows: one durable reminder per book, due at the earliest window its cases still wait
/// on (<see cref="AppealWindows.NextDue"/>). When it fires, every case whose window has ended without an appeal is told
/// (<see cref="IExitReviewGrain.EndAppealWindowAsync"/>, which records the end once however often it is told); then the
/// reminder is set for the next window, or removed when no case waits on one. A book that wakes with a window already
/// past looks at once, so a silo that was down when a window ended catches up.
/// </summary>
internal sealed class AppealClock(
    Grain grain, IGrainFactory grains, Func<ExitReviewBookState> state, Func<ExitReviewSummary, Task> take, TimeProvider clock, TimeSpan retryPeriod, ILogger log)
{
    /// <summary>The book's one reminder.</summary>
    public const string Reminder = "appeal-windows";

    /// <summary>Longest single wait (a reminder's first tick is a timer): a 15-day window is reached in hops.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(7);

    /// <summary>Looks a little after the window's end, so the tick finds it ended rather than just ending.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>The window the reminder is set for (in this activation); null when none is set by it.</summary>
    private DateTimeOffset? _armedFor;

    /// <summary>On activation: a book with a case waiting on a window looks in a turn of its own (and sets its reminder).</summary>
    public void Resume()
    {
        if (AppealWindows.NextDue(state().Cases.Values) is not null)
        {
            grain.RegisterGrainTimer(TickAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>After the book took a change: sets the reminder when the earliest window moved. A failure is logged (the
    /// change is durable) and made good when the book next wakes or takes a change.</summary>
    public async Task FollowAsync()
    {
        if (AppealWindows.NextDue(state().Cases.Values) == _armedFor)
        {
            return;
        }

        try
        {
            await ArmAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Exit-review book {Book}: the appeal clock was not set; it is set again on the next change or activation", grain.GetPrimaryKeyString());
        }
    }

    /// <summary>The reminder (or the activation's look) fired: end the windows that are due, then set the next one.</summary>
    public async Task TickAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var due in state().Cases.Values.Where(c => AppealWindows.IsDue(c, now)).ToList())
        {
            try
            {
                await take(await grains.GetGrain<IExitReviewGrain>(Keys.ExitReview(due.CaseId)).EndAppealWindowAsync());
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Exit review {CaseId}: the end of its appeal window was not recorded; the clock retries", due.CaseId);
            }
        }

        await ArmAsync();
    }

    /// <summary>Sets the reminder for the earliest window still waited on (a case whose end failed above is still
    /// waiting, and past: it is retried a period later), or removes it when none is.</summary>
    private async Task ArmAsync()
    {
        var next = AppealWindows.NextDue(state().Cases.Values);
        if (next is { } due)
        {
            var wait = due + Margin - clock.GetUtcNow();
            var dueTime = wait <= TimeSpan.Zero ? retryPeriod : wait > LongestWait ? LongestWait : wait;
            await grain.RegisterOrUpdateReminder(Reminder, dueTime, retryPeriod);
        }
        else if (await grain.GetReminder(Reminder) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _armedFor = next;
    }
}
