using Anju.Common;
using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>The work-order flow as a pure table: reported → accepted → dispatched → on site → repaired → verified →
/// closed, sent back from repaired to on site, cancelled from any open step. Guards: close only when verified; a
/// reporter verifies only as the same actor; send-back and cancel need a reason, cancel an approver; a rating (1–5) only
/// on verify or close; every step the expected version. Accept and repair stamp their times (the scorecard's latencies). Breached clocks climb the incident ladder (<see cref="EscalationLadder"/>).</summary>
internal static class WorkOrderLifecycle
{
    private const decimal MostCost = 100_000_000m;

    private static readonly Dictionary<(WorkOrderStatus, WorkOrderAction), WorkOrderStatus> Table = new()
    {
        [(WorkOrderStatus.Reported, WorkOrderAction.Accept)] = WorkOrderStatus.Accepted,
        [(WorkOrderStatus.Accepted, WorkOrderAction.Dispatch)] = WorkOrderStatus.Dispatched,
        [(WorkOrderStatus.Dispatched, WorkOrderAction.ArriveOnSite)] = WorkOrderStatus.OnSite,
        [(WorkOrderStatus.OnSite, WorkOrderAction.Repair)] = WorkOrderStatus.Repaired,
        [(WorkOrderStatus.Repaired, WorkOrderAction.Verify)] = WorkOrderStatus.Verified,
        [(WorkOrderStatus.Repaired, WorkOrderAction.SendBack)] = WorkOrderStatus.OnSite,
        [(WorkOrderStatus.Verified, WorkOrderAction.Close)] = WorkOrderStatus.Closed,
    };

    public static bool IsOpen(WorkOrderStatus status) => status is not (WorkOrderStatus.Closed or WorkOrderStatus.Cancelled);

    /// <summary>The status <paramref name="action"/> leads to, or a <see cref="ConflictException"/> naming the illegal step.</summary>
    public static WorkOrderStatus Next(WorkOrderStatus from, WorkOrderAction action)
    {
        if (Table.TryGetValue((from, action), out var to))
        {
            return to;
        }

        if (action == WorkOrderAction.Cancel && IsOpen(from))
        {
            return WorkOrderStatus.Cancelled;
        }

        throw action == WorkOrderAction.Close && IsOpen(from)
            ? new ConflictException($"A work order that is {from} cannot close: its repair must be verified first.")
            : new ConflictException($"A work order that is {from} cannot {action}.");
    }

    /// <summary>Applies one step: fields first (400), then the expected version and the step's legality (409).</summary>
    public static WorkOrderTransition Apply(WorkOrderState order, WorkOrderCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(command);
        var current = order.Summary ?? throw new InvalidOperationException("The order was never opened.");
        if (!Enum.IsDefined(command.Action))
        {
            throw new ValidationException("action", $"action must be one of {string.Join(", ", Enum.GetNames<WorkOrderAction>())}.");
        }

        var actor = Validate.Text("actor", command.Actor, 100);
        var reason = Optional("reason", command.Reason, 500);
        var note = Optional("note", command.Note, 1000);
        CheckFields(command, reason);
        if (command.ExpectedVersion != current.Version)
        {
            throw new ConflictException($"Work order {current.OrderId} was changed by someone else: it is at version {current.Version}, not {command.ExpectedVersion}.");
        }

        var to = Next(current.Status, command.Action);
        if (command.Action == WorkOrderAction.Verify && command.Verifier == VerifierRole.Reporter && actor != order.ReportedBy)
        {
            throw new ConflictException("Only the person who reported the fault can verify its repair as the reporter.");
        }

        var clock = order.Clock ?? current.Deadlines;
        var next = current with
        {
            Status = to,
            Version = current.Version + 1,
            UpdatedAt = now,
            Deadlines = WorkOrderClocks.Settle(clock, to),
            Cost = command.Action == WorkOrderAction.Repair ? command.Cost ?? current.Cost : current.Cost,
            SentBack = current.SentBack + (command.Action == WorkOrderAction.SendBack ? 1 : 0),
            ClosedAt = IsOpen(to) ? null : now,
            AcceptedAt = command.Action == WorkOrderAction.Accept ? now : current.AcceptedAt,
            RepairedAt = command.Action == WorkOrderAction.Repair ? now : current.RepairedAt,
            Rating = command.Rating ?? current.Rating,
        };
        var step = new WorkOrderStep(command.Action.ToString(), to, next.Level, actor, now) { Note = note ?? Who(command), Reason = reason };
        return new WorkOrderTransition(next, clock, step)
        {
            Assignee = command.Action == WorkOrderAction.Dispatch ? command.Assignee!.Trim() : null,
            CostCategory = command.Action == WorkOrderAction.Repair ? Optional("costCategory", command.CostCategory, 50) : null,
        };
    }

    /// <summary>A clock ran out: the order climbs one rung, is overdue, and the stages that ran out restart with a full
    /// window (so two clocks running out together climb one rung, and a clock can breach again at the next rung).
    /// At the top of the ladder the breach is recorded and those clocks stop.</summary>
    public static WorkOrderTransition Breach(WorkOrderSummary current, WorkOrderDeadlines clock, WorkOrderClock window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(window);
        var breached = WorkOrderClocks.Breached(clock, current.Status, now);
        var atTop = current.Level == EscalationLadder.Top;
        var level = atTop ? current.Level : EscalationLadder.Up(current.Level);
        var restarted = breached.Aggregate(clock, (d, stage) =>
            WorkOrderClocks.With(d, stage, atTop ? null : now + Max(window.For(stage), WorkOrderClocks.ShortestWindow)));
        var next = current with
        {
            Level = level,
            Overdue = true,
            Version = current.Version + 1,
            UpdatedAt = now,
            Deadlines = WorkOrderClocks.Settle(restarted, current.Status),
        };
        var reason = string.Join("; ", breached.Select(s => $"{s} deadline {WorkOrderClocks.Of(clock, s):u} breached"));
        return new WorkOrderTransition(next, restarted, new WorkOrderStep(atTop ? "Breach" : "Escalate", current.Status, level, "system", now) { Reason = reason });
    }

    /// <summary>The same fault reported again: one more occurrence, recorded.</summary>
    public static WorkOrderTransition Note(WorkOrderSummary current, WorkOrderDeadlines clock, string action, string actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        var next = current with { Version = current.Version + 1, UpdatedAt = now };
        var step = new WorkOrderStep(action, current.Status, current.Level, Validate.Text("actor", actor, 100), now) { Note = Optional("note", note, 1000) };
        return new WorkOrderTransition(next, clock, step);
    }

    private static void CheckFields(WorkOrderCommand command, string? reason)
    {
        var action = command.Action;
        if (action is WorkOrderAction.SendBack or WorkOrderAction.Cancel && reason is null)
        {
            throw new ValidationException("reason", $"{action} needs a reason.");
        }

        if (action == WorkOrderAction.Cancel && (command.Approver is not { } approver || !Enum.IsDefined(approver)))
        {
            throw new ValidationException("approver", "Cancel needs an approver role.");
        }

        if (action == WorkOrderAction.Verify && (command.Verifier is not { } verifier || !Enum.IsDefined(verifier)))
        {
            throw new ValidationException("verifier", $"verifier must be one of {string.Join(", ", Enum.GetNames<VerifierRole>())}.");
        }

        if (action == WorkOrderAction.Dispatch && string.IsNullOrWhiteSpace(command.Assignee))
        {
            throw new ValidationException("assignee", "Dispatch needs the technician or team sent.");
        }

        if (action == WorkOrderAction.Dispatch)
        {
            Validate.Text("assignee", command.Assignee, 100);
        }

        if (command.Rating is { } rating && (action is not (WorkOrderAction.Verify or WorkOrderAction.Close) || rating is < 1 or > 5))
        {
            throw new ValidationException("rating", "rating is the resident's satisfaction, 1 (poor) to 5 (very good), given on verify or close.");
        }

        if (command.Cost is { } cost && (cost < 0 || cost > MostCost || decimal.Round(cost, 2) != cost))
        {
            throw new ValidationException("cost", "cost must be a sum of yuan from 0, with at most 2 decimals.");
        }
    }

    /// <summary>Who verified or approved, recorded with the step when no note was given.</summary>
    private static string? Who(WorkOrderCommand c) => c.Action switch
    {
        WorkOrderAction.Verify => $"verified as {c.Verifier}",
        WorkOrderAction.Cancel => $"approved by {c.Approver}",
        _ => null,
    };

    private static string? Optional(string field, string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Validate.Text(field, value, max);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
