using Anju.Common;

namespace Anju.Residency;

/// <summary>The exit review's steps as a pure rule (§3.1 退出): which step is allowed from which stage, what it needs,
/// and the case it leaves. notice → hearing → decision (exit or keep) → an exit decision's appeal window (one appeal
/// re-opens the case to a second, final decision) → ready to carry out (<see cref="AppealWindows"/>) → carried out; a
/// keep decision closes the case at once. Every step a person takes needs a reason.</summary>
public static class ExitReviewRules
{
    /// <summary>Longest reason kept with a step.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>The reason recorded with the closing a decision to keep makes.</summary>
    public const string KeepCloses = "The decision keeps the household: the case closes with it.";

    /// <summary>The steps allowed on <paramref name="c"/> at <paramref name="now"/> (what the screen offers).</summary>
    public static IReadOnlyList<ExitReviewAction> Allowed(ExitReviewSummary c, DateTimeOffset now) =>
        [.. Enum.GetValues<ExitReviewAction>().Where(a => Refusal(c, a, now) is null)];

    /// <summary>Why <paramref name="action"/> is not allowed on <paramref name="c"/> at <paramref name="now"/>, or null.</summary>
    public static string? Refusal(ExitReviewSummary c, ExitReviewAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!c.IsOpen)
        {
            return $"Exit review {c.CaseId} is {c.Stage}: nothing more is done on it.";
        }

        return action switch
        {
            ExitReviewAction.ServeNotice => c.Stage == ExitReviewStage.Opened ? null : "Notice has already been served.",
            ExitReviewAction.HoldHearing => c.Stage is ExitReviewStage.NoticeServed or ExitReviewStage.Appealed ? null
                : c.Stage == ExitReviewStage.Opened ? "The household must be served notice before the hearing." : $"A case that is {c.Stage} holds no hearing.",
            ExitReviewAction.Decide => c.Stage is ExitReviewStage.Heard or ExitReviewStage.Appealed ? null
                : c.Stage == ExitReviewStage.Decided ? "The case is decided; only an appeal re-opens it." : "The household must be heard before a decision.",
            ExitReviewAction.Appeal => c.Stage == ExitReviewStage.ReadyToCarryOut ? "The decision can no longer be appealed."
                : c.Stage != ExitReviewStage.Decided ? "Only a decision can be appealed."
                : c.Decision != ExitDecision.Exit ? "A decision to keep the household is not appealed."
                : c.Appealed ? "The household has appealed once already; the second decision is final."
                : now > c.AppealUntil ? $"The appeal window ended at {c.AppealUntil:u}."
                : null,
            ExitReviewAction.CarryOut => c.Stage == ExitReviewStage.ReadyToCarryOut ? null
                : c.Stage != ExitReviewStage.Decided || c.Decision != ExitDecision.Exit ? "Only a decision to exit is carried out."
                : c.AppealUntil is { } until && now <= until ? $"The household may appeal until {until:u}; the exit is carried out after that."
                : null, // the window has ended and the clock has not recorded it yet (or a case decided before the clock)
            ExitReviewAction.Close => c.Stage == ExitReviewStage.Decided && c.Decision == ExitDecision.Keep ? null
                : "Only a decision to keep the household closes the case (and it does so itself).",
            ExitReviewAction.AppealWindowEnded => "The end of the appeal window is recorded by the clock, not asked for.",
            _ => $"Unknown step {action}.",
        };
    }

    /// <summary>Validates <paramref name="command"/> against <paramref name="c"/> and returns the case after it and the
    /// steps to record (one; two for a decision to keep, which also closes the case). Bad input is a <see cref="ValidationException"/> naming the field (checked first: nothing about
    /// the case is revealed to a malformed request); a stale version or a step the stage does not allow, a
    /// <see cref="ConflictException"/>.</summary>
    public static (ExitReviewSummary Next, IReadOnlyList<ExitReviewStep> Steps) Apply(ExitReviewSummary c, ExitReviewCommand command, DateTimeOffset now, ExitReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        var (actor, reason, decision) = Check(command);
        if (command.ExpectedVersion != c.Version)
        {
            throw new ConflictException($"Exit review {c.CaseId} was changed by someone else: it is at version {c.Version}, not {command.ExpectedVersion}.");
        }

        if (Refusal(c, command.Action, now) is { } refusal)
        {
            throw new ConflictException(refusal);
        }

        var to = command.Action switch
        {
            ExitReviewAction.ServeNotice => ExitReviewStage.NoticeServed,
            ExitReviewAction.HoldHearing => ExitReviewStage.Heard,
            ExitReviewAction.Decide => decision == ExitDecision.Keep ? ExitReviewStage.Closed : ExitReviewStage.Decided,
            ExitReviewAction.Appeal => ExitReviewStage.Appealed,
            ExitReviewAction.CarryOut => ExitReviewStage.CarriedOut,
            _ => ExitReviewStage.Closed,
        };
        var next = c with { Stage = to, Version = c.Version + 1, UpdatedAt = now };
        var step = new ExitReviewStep(command.Action, c.Stage, to, actor, now, reason, command.Action == ExitReviewAction.Decide ? decision : null);
        if (command.Action == ExitReviewAction.Decide)
        {
            // The first exit decision may be appealed inside the window; the second (after an appeal) is final, so the
            // case is ready to carry out at once. A decision to keep closes the case, recorded as a step of its own.
            next = next with { Decision = decision, AppealUntil = decision == ExitDecision.Exit && !c.Appealed ? now + options.AppealWindow : null };
            if (decision == ExitDecision.Keep)
            {
                return (next, [step with { To = ExitReviewStage.Decided }, new(ExitReviewAction.Close, ExitReviewStage.Decided, to, actor, now, KeepCloses, null)]);
            }

            if (c.Appealed)
            {
                (next, step) = (next with { Stage = ExitReviewStage.ReadyToCarryOut }, step with { To = ExitReviewStage.ReadyToCarryOut });
            }
        }
        else if (command.Action == ExitReviewAction.Appeal)
        {
            next = next with { Appealed = true, AppealUntil = null };
        }

        return (next, [step]);
    }

    /// <summary>The command's own checks: a step a person may ask, an actor, a reason (every step needs one), a
    /// decision on a decision only, a version that is not negative.</summary>
    public static (string Actor, string Reason, ExitDecision? Decision) Check(ExitReviewCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Action) || command.Action == ExitReviewAction.AppealWindowEnded)
        {
            throw new ValidationException("action", $"action must be one of {string.Join(", ", PeoplesSteps)}.");
        }

        if (command.ExpectedVersion < 0)
        {
            throw new ValidationException("expectedVersion", "expectedVersion must not be negative.");
        }

        var actor = Validate.Text("actor", command.Actor, 100);
        var reason = Validate.Text("reason", command.Reason, MaxReasonLength);
        if (command.Action == ExitReviewAction.Decide)
        {
            if (command.Decision is not { } d || !Enum.IsDefined(d))
            {
                throw new ValidationException("decision", "decision (Exit or Keep) is required.");
            }
        }
        else if (command.Decision is not null)
        {
            throw new ValidationException("decision", "decision is given only when deciding.");
        }

        return (actor, reason, command.Decision);
    }

    /// <summary>A new case from its first trigger, at version 1, naming the household the dwelling had then.</summary>
    public static ExitReviewSummary Open(string caseId, ExitReviewOpening opening, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var t = opening.Trigger;
        return new ExitReviewSummary(caseId, opening.EstateId, t.DwellingId, opening.GridId, ExitReviewStage.Opened, 1, now, now, [t.Reason])
        {
            HeadOfHousehold = opening.HeadOfHousehold,
        };
    }

    private static IEnumerable<string> PeoplesSteps => Enum.GetNames<ExitReviewAction>().Where(n => n != nameof(ExitReviewAction.AppealWindowEnded));

    /// <summary>The case with a further trigger's reason (a reason already there is not listed twice; the version still
    /// grows, because the trigger itself is recorded).</summary>
    public static ExitReviewSummary AddReason(ExitReviewSummary c, ExitReviewReason reason, DateTimeOffset now) =>
        c with { Reasons = c.Reasons.Contains(reason) ? c.Reasons : [.. c.Reasons, reason], Version = c.Version + 1, UpdatedAt = now };

    /// <summary>Checks a trigger from outside (the annual-review intake, a dwelling): a dwelling id, a known reason, a
    /// sensible time, an actor and a reference. Text is trimmed.</summary>
    public static ExitReviewTrigger CheckTrigger(ExitReviewTrigger trigger, DateTimeOffset now)
    {
        if (trigger is null)
        {
            throw new ValidationException("body", "A trigger is required.");
        }

        var dwellingId = Validate.Id("dwellingId", trigger.DwellingId);
        if (!Enum.IsDefined(trigger.Reason))
        {
            throw new ValidationException("reason", $"reason must be one of {string.Join(", ", Enum.GetNames<ExitReviewReason>())}.");
        }

        Validate.Instant("at", trigger.At);
        if (trigger.At > now + TimeSpan.FromMinutes(5))
        {
            throw new ValidationException("at", "A trigger cannot come from the future.");
        }

        return trigger with { DwellingId = dwellingId, Actor = Validate.Text("actor", trigger.Actor, 100), Reference = Validate.Text("reference", trigger.Reference, 200) };
    }
}
