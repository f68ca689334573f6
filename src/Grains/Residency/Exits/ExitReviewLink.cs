using Anju.Dwellings;
using Microsoft.Extensions.Logging;

namespace Anju.Residency;

/// <summary>
/// A dwelling's side of exit reviews. Triggers its own changes make are journaled with the change (in
/// <see cref="DwellingState.ExitTriggers"/>), then delivered to the estate's book once durable; a delivery that fails
/// stays in the state and a reminder retries it until the book takes it (the book knows each trigger's reference, so a
/// redelivery opens nothing twice). Exit steps ask the book first: while a case is open, only the case moves the
/// household out; while a trigger is still pending here, nobody but a case does (<see cref="ExitCarryOut.Guard"/>).
/// </summary>
internal sealed class ExitReviewLink(
    Grain grain, IGrainFactory grains, Func<DwellingState> state, Func<Action<DwellingState>, Task> change, TimeSpan retryPeriod, ILogger log)
{
    /// <summary>The reminder that retries undelivered triggers.</summary>
    public const string Reminder = "exit-review-trigger";

    private bool _reminderMaySit;

    private IExitReviewRegisterGrain Book => grains.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(state().EstateId));

    /// <summary>A change that also keeps <paramref name="trigger"/> (when there is one) to deliver, journaled together.</summary>
    public static Action<DwellingState> Recording(Action<DwellingState> change, ExitReviewTrigger? trigger) => s =>
    {
        change(s);
        if (trigger is not null)
        {
            s.ExitTriggers.Add(trigger);
        }
    };

    /// <summary>The case an exit step must come from, or null (not an exit step, or no case open).</summary>
    public async Task<string?> OpenCaseAsync(ChangeOccupancy command) =>
        command is not null && ExitCarryOut.IsExitStep(command.Action) ? await Book.OpenCaseForAsync(state().DwellingId) : null;

    /// <summary>After a command: delivers the triggers it made, if any (most commands make none and cost nothing).</summary>
    public Task DeliverPendingAsync() => state().ExitTriggers.Count > 0 ? DeliverAsync() : Task.CompletedTask;

    /// <summary>On activation: triggers left undelivered (the reminder's registration failed too) go in a turn of their own.</summary>
    public void ResumeIfPending()
    {
        if (state().ExitTriggers.Count > 0)
        {
            grain.RegisterGrainTimer(DeliverAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The retry reminder fired: deliver, and unregister it once nothing is pending.</summary>
    public Task OnReminderAsync()
    {
        _reminderMaySit = true;
        return DeliverAsync();
    }

    /// <summary>Delivers the pending triggers; once the book has them all they leave the state (a change of its own).
    /// On failure the triggers stay and the reminder is set; nothing is thrown, as the command that made them is durable.</summary>
    public async Task DeliverAsync()
    {
        var pending = state().ExitTriggers.ToList();
        if (pending.Count == 0)
        {
            await StopRetryingAsync();
            return;
        }

        try
        {
            foreach (var trigger in pending)
            {
                var caseId = await Book.OpenAsync(trigger);
                log.LogInformation("Dwelling {EstateId}/{DwellingId}: {Reason} is in exit review {CaseId}", state().EstateId, trigger.DwellingId, trigger.Reason, caseId);
            }

            await change(s => s.ExitTriggers.RemoveAll(pending.Contains));
            await StopRetryingAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Dwelling {EstateId}/{DwellingId} could not deliver {Count} exit-review trigger(s); a reminder retries", state().EstateId, state().DwellingId, pending.Count);
            try
            {
                await grain.RegisterOrUpdateReminder(Reminder, retryPeriod, retryPeriod);
                _reminderMaySit = true;
            }
            catch (Exception reminder)
            {
                log.LogWarning(reminder, "Dwelling {DwellingId}: the retry reminder was not set; the next activation retries", state().DwellingId);
            }
        }
    }

    private async Task StopRetryingAsync()
    {
        if (_reminderMaySit && await grain.GetReminder(Reminder) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _reminderMaySit = false;
    }
}
