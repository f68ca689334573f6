namespace Anju.Casework;

/// <summary>Annual-review intake (年審資料接收, §3.2): papers received (complete or not), then passed or failed. A pass is
/// recorded on the dwelling as its annual review; a failure opens an exit review (§3.1).</summary>
internal static class IntakeRules
{
    /// <summary>The intake as received.</summary>
    public static IntakeItem Receive(ReceiveIntake command, Func<string, bool> dwellingExists, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = Common.Validate.Id("intakeId", command.IntakeId);
        var dwelling = Common.Validate.Id("dwellingId", command.DwellingId);
        if (!dwellingExists(dwelling))
        {
            throw new ValidationException("dwellingId", $"No dwelling '{dwelling}' in this estate.");
        }

        Common.Validate.Day("receivedOn", command.ReceivedOn);
        if (command.ReceivedOn > today)
        {
            throw new ValidationException("receivedOn", "Papers cannot be received after today.");
        }

        var status = command.Complete ? IntakeStatus.Complete : IntakeStatus.Incomplete;
        var step = new IntakeStep(status, now, Common.Validate.Text("actor", command.Actor, 100), PaperworkRules.Optional("note", command.Note));
        return new IntakeItem(id, dwelling, command.ReceivedOn, status, [step]);
    }

    /// <summary>True when the stored intake is the one received again (a retry); other content is a conflict.</summary>
    public static bool SameIntake(IntakeItem existing, IntakeItem asked) =>
        existing.DwellingId == asked.DwellingId && existing.ReceivedOn == asked.ReceivedOn && existing.Steps[0].To == asked.Steps[0].To
            ? true
            : throw new ConflictException($"Intake '{asked.IntakeId}' was already received with other content: use a new intakeId.");

    /// <summary>The steps allowed: incomplete → complete; complete → passed or failed; incomplete → failed (papers never
    /// came). Asking for the status the intake already has is a repeat (null: nothing to do).</summary>
    public static IntakeItem? Step(IntakeItem item, StepIntake command, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.To))
        {
            throw new ValidationException("to", $"to must be one of {string.Join(", ", Enum.GetNames<IntakeStatus>())}.");
        }

        if (item.Status == command.To)
        {
            return null;
        }

        var allowed = (item.Status, command.To) is (IntakeStatus.Incomplete, IntakeStatus.Complete) or (IntakeStatus.Complete, IntakeStatus.Passed)
            or (IntakeStatus.Complete, IntakeStatus.Failed) or (IntakeStatus.Incomplete, IntakeStatus.Failed);
        if (!allowed)
        {
            throw new ConflictException($"Intake '{item.IntakeId}' is {item.Status}: it cannot become {command.To}.");
        }

        var reason = PaperworkRules.Optional("reason", command.Reason);
        if (command.To == IntakeStatus.Failed && reason is null)
        {
            throw new ValidationException("reason", "A failed review needs a reason.");
        }

        var decided = command.To is IntakeStatus.Passed or IntakeStatus.Failed;
        return item with
        {
            Status = command.To,
            Steps = [.. item.Steps, new IntakeStep(command.To, now, Common.Validate.Text("actor", command.Actor, 100), reason) { Agency = command.Agency }],
            DecidedOn = decided ? today : item.DecidedOn,
            EffectPending = command.To == IntakeStatus.Failed,
        };
    }
}
