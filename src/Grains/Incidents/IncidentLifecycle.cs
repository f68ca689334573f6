using Anju.Common;

namespace Anju.Incidents;

/// <summary>The case flow (GB/T 30428 / CJ/T 315) as a pure table, with the guards that go with each step:
/// reasons and approvers for voids, send-backs, extensions and de-escalations; a rating for evaluations;
/// the expected version for every step.</summary>
public static class IncidentLifecycle
{
    /// <summary>Longest single extension of a resolve clock.</summary>
    public static readonly TimeSpan LongestExtension = TimeSpan.FromDays(30);

    private static readonly Dictionary<(IncidentStatus, IncidentAction), IncidentStatus> Table = new()
    {
        [(IncidentStatus.Collected, IncidentAction.Acknowledge)] = IncidentStatus.Filed,
        [(IncidentStatus.Collected, IncidentAction.Void)] = IncidentStatus.Voided,
        [(IncidentStatus.Filed, IncidentAction.Dispatch)] = IncidentStatus.Dispatched,
        [(IncidentStatus.Dispatched, IncidentAction.Accept)] = IncidentStatus.InHandling,
        [(IncidentStatus.InHandling, IncidentAction.Feedback)] = IncidentStatus.Feedback,
        [(IncidentStatus.Feedback, IncidentAction.Close)] = IncidentStatus.Closed,
        [(IncidentStatus.Feedback, IncidentAction.SendBack)] = IncidentStatus.InHandling,
        [(IncidentStatus.Closed, IncidentAction.Evaluate)] = IncidentStatus.Evaluated,
    };

    /// <summary>Steps that keep the status and apply to any open case.</summary>
    private static readonly HashSet<IncidentAction> OnOpenCase = [IncidentAction.Extend, IncidentAction.Escalate, IncidentAction.DeEscalate];

    /// <summary>Open: someone still owes work on it (not voided, closed or evaluated).</summary>
    public static bool IsOpen(IncidentStatus status) => status is not (IncidentStatus.Voided or IncidentStatus.Closed or IncidentStatus.Evaluated);

    /// <summary>The status <paramref name="action"/> leads to, or a <see cref="ConflictException"/> naming the illegal step.</summary>
    public static IncidentStatus Next(IncidentStatus from, IncidentAction action, IncidentSource source)
    {
        if (Table.TryGetValue((from, action), out var to))
        {
            return to;
        }

        if (IsOpen(from) && OnOpenCase.Contains(action))
        {
            return from;
        }

        if (IsOpen(from) && action == IncidentAction.Clear)
        {
            return source == IncidentSource.Device
                ? IncidentStatus.Closed
                : throw new ConflictException("Only a device alarm can be cleared; other cases are closed after verification.");
        }

        throw new ConflictException($"A case that is {from} cannot {action}.");
    }

    /// <summary>Applies an operator's command: fields first (400), then the expected version and the step's legality (409).</summary>
    public static IncidentTransition Apply(IncidentSummary current, IncidentCommand command, IncidentRoute route, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(route);
        if (!Enum.IsDefined(command.Action))
        {
            throw new ValidationException("action", $"action must be one of {string.Join(", ", Enum.GetNames<IncidentAction>())}.");
        }

        var actor = Validate.Text("actor", command.Actor, 100);
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : Validate.Text("reason", command.Reason, 500);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : Validate.Text("note", command.Note, 1000);
        if (command.ExpectedVersion != current.Version)
        {
            throw new ConflictException($"Case {current.IncidentId} was changed by someone else: it is at version {current.Version}, not {command.ExpectedVersion}.");
        }

        var to = Next(current.Status, command.Action, current.Source);
        CheckGuards(current, command, reason, note);

        var next = current with { Status = to, Version = current.Version + 1, UpdatedAt = now };
        next = command.Action switch
        {
            IncidentAction.Acknowledge => next with { AcknowledgedAt = now },
            IncidentAction.Dispatch => next with { AssignedTo = command.Assignee ?? route.Handler },
            IncidentAction.Close or IncidentAction.Clear => next with { ClosedAt = now },
            IncidentAction.Evaluate => next with { Rating = command.Rating },
            IncidentAction.Escalate => next with { Level = EscalationLadder.Up(current.Level) },
            IncidentAction.DeEscalate => next with { Level = EscalationLadder.Down(current.Level) },
            IncidentAction.Extend => next with { Deadlines = Extend(current.Deadlines, command.Extension!.Value, now) },
            _ => next,
        };
        next = next with { Deadlines = SlaRules.Settle(next.Deadlines, to) };
        var step = new IncidentStep(command.Action.ToString(), to, next.Level, actor, reason, now) { Approver = command.Approver, Note = note };
        return new IncidentTransition(next, step);
    }

    /// <summary>A clock breached: the system escalates one rung and the new level gets fresh clocks (see
    /// <see cref="SlaRules.Refresh"/>), so two clocks running out together climb one rung, not two.
    /// At the top of the ladder the breach is recorded and that clock stops. Either way the case is overdue.</summary>
    public static IncidentTransition Breach(IncidentSummary current, SlaStage stage, SlaWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(window);
        var atTop = current.Level == EscalationLadder.Top;
        var level = atTop ? current.Level : EscalationLadder.Up(current.Level);
        var deadlines = atTop ? SlaRules.With(current.Deadlines, stage, null) : SlaRules.Refresh(current.Deadlines, current.Status, stage, window, now);
        var next = current with { Level = level, Deadlines = deadlines, Overdue = true, Version = current.Version + 1, UpdatedAt = now };
        var reason = $"SLA {stage} deadline {SlaRules.Of(current.Deadlines, stage):u} breached.";
        return new IncidentTransition(next, new IncidentStep(atTop ? "Breach" : nameof(IncidentAction.Escalate), current.Status, level, "system", reason, now));
    }

    private static void CheckGuards(IncidentSummary current, IncidentCommand command, string? reason, string? note)
    {
        var action = command.Action;
        var needsApprover = action is IncidentAction.Void or IncidentAction.SendBack or IncidentAction.Extend or IncidentAction.DeEscalate;
        if ((needsApprover || action == IncidentAction.Escalate) && reason is null)
        {
            throw new ValidationException("reason", $"{action} needs a reason.");
        }

        if (needsApprover)
        {
            var approver = command.Approver ?? throw new ValidationException("approver", $"{action} needs an approver role.");
            if (!Enum.IsDefined(approver) || !EscalationLadder.MayApprove(approver, current.Level))
            {
                throw new ValidationException("approver", $"A {approver} cannot approve for a case at the {current.Level} level.");
            }
        }

        if (action == IncidentAction.Feedback && note is null)
        {
            throw new ValidationException("note", "Feedback needs a note of what was done.");
        }

        if (action == IncidentAction.Evaluate && command.Rating is not (>= 1 and <= 5))
        {
            throw new ValidationException("rating", "rating must be a satisfaction score from 1 to 5.");
        }

        if (action == IncidentAction.Extend && (command.Extension is not { } by || by <= TimeSpan.Zero || by > LongestExtension))
        {
            throw new ValidationException("extension", $"extension must be positive and at most {LongestExtension.TotalDays} days.");
        }

        if (action == IncidentAction.Dispatch && command.Assignee is { } assignee && !Enum.IsDefined(assignee))
        {
            throw new ValidationException("assignee", "assignee is not a known party.");
        }
    }

    /// <summary>Moves the resolve deadline later; a clock already stopped at the top restarts from now.</summary>
    private static SlaDeadlines Extend(SlaDeadlines deadlines, TimeSpan by, DateTimeOffset now) =>
        deadlines with { ResolveBy = (deadlines.ResolveBy is { } at && at > now ? at : now) + by };
}
