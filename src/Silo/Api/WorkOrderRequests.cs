using Anju.Common;
using Anju.Errors;
using Anju.Facilities;

namespace Anju.Silo.Api;

/// <summary>One step on a work order. The expected version comes here or in an <c>If-Match</c> header. The actor is
/// the signed-in caller, and the verifier or approver their post at the order (<see cref="Anju.Access.WorkOrderRules"/>,
/// <see cref="Anju.Access.ApproverRules"/>): no field claims any of them.</summary>
public sealed record WorkOrderActionRequest(
    long? ExpectedVersion, string? Note, string? Reason, string? Assignee, decimal? Cost, string? CostCategory, string? CommandId,
    int? Rating = null);

/// <summary>Turns a step request into the command, naming the field at fault.</summary>
public static class WorkOrderRequests
{
    /// <summary>The largest repair cost taken, in yuan: a typing slip, not a repair.</summary>
    public const decimal MaxCost = 100_000_000m;

    public static WorkOrderCommand Command(WorkOrderAction action, WorkOrderActionRequest? body, long? ifMatch, string actor)
    {
        var b = body ?? new WorkOrderActionRequest(null, null, null, null, null, null, null);
        var expected = b.ExpectedVersion ?? ifMatch ?? throw new ValidationException("expectedVersion", "expectedVersion (or an If-Match header) is required.");
        if (expected < 0)
        {
            throw new ValidationException("expectedVersion", "expectedVersion must not be negative.");
        }

        return new WorkOrderCommand(action, expected, actor)
        {
            Note = Optional("note", b.Note, 1000),
            Reason = action is WorkOrderAction.SendBack or WorkOrderAction.Cancel ? Validate.Text("reason", b.Reason, 500) : Optional("reason", b.Reason, 500),
            Assignee = action == WorkOrderAction.Dispatch ? Validate.Text("assignee", b.Assignee, 100) : Optional("assignee", b.Assignee, 100),
            Cost = action == WorkOrderAction.Repair ? Cost(Parse.Required("cost", b.Cost)) : b.Cost is null ? null : Cost(b.Cost.Value),
            CostCategory = Optional("costCategory", b.CostCategory, 64),
            CommandId = Validate.CommandId("commandId", b.CommandId),
            Rating = b.Rating is null ? null : action is WorkOrderAction.Verify or WorkOrderAction.Close && b.Rating is >= 1 and <= 5 ? b.Rating
                : throw new ValidationException("rating", "rating is the resident's satisfaction, 1 (poor) to 5 (very good), given on verify or close."),
        };
    }

    /// <summary>A repair's cost: yuan, not negative, at most two decimals (分).</summary>
    public static decimal Cost(decimal cost) =>
        cost < 0 || cost > MaxCost ? throw new ValidationException("cost", $"cost must be between 0 and {MaxCost} yuan.")
        : decimal.Round(cost, 2) != cost ? throw new ValidationException("cost", "cost must have at most two decimals (yuan and fen).")
        : cost;

    private static string? Optional(string field, string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Validate.Text(field, value, max);
}
