using System.Globalization;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Facilities;
using Anju.Silo.Access;

namespace Anju.Silo.Api;

/// <summary>Work orders (工單): one order through every step, each with optimistic concurrency; and the work queues.
/// The company works the order in its queue (accept, dispatch, on site, repaired); someone else verifies the repair
/// (grid staff, the housing office, or the reporter), and only a verified order closes.</summary>
public static class WorkOrderEndpoints
{
    /// <summary>The steps the responsible company (or the housing office for its own queue) takes.</summary>
    private static readonly (string Path, WorkOrderAction Action)[] CompanySteps =
        [("accept", WorkOrderAction.Accept), ("dispatch", WorkOrderAction.Dispatch), ("on-site", WorkOrderAction.ArriveOnSite), ("repair", WorkOrderAction.Repair)];

    /// <summary>The steps that judge the company's work, at the order's estate.</summary>
    private static readonly (string Path, WorkOrderAction Action)[] JudgingSteps =
        [("send-back", WorkOrderAction.SendBack), ("close", WorkOrderAction.Close), ("cancel", WorkOrderAction.Cancel)];

    public static RouteGroupBuilder MapWorkOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/work-orders").WithTags("Work orders");
        orders.MapGet("/{orderId}", async (string orderId, HttpContext http) => Tagged(http, await OrderAsync(http)))
            .Allow(Permission.ReadFacilities, ObjectScopes.WorkOrder)
            .WithSummary("A whole work order: summary, route, clocks, cost, every step. The ETag is its version.");
        orders.MapGet("/{orderId}/notices", async (HttpContext http, IHouseholdNotices notices) => await notices.OfOrderAsync((await OrderAsync(http)).Summary.OrderId))
            .Allow(Permission.ReadFacilities, ObjectScopes.WorkOrder)
            .WithSummary("The notices sent to the households the order's fault affects (a lift's building, a pump's zone), by dwelling.");
        foreach (var (path, action) in CompanySteps)
        {
            orders.MapPost($"/{{orderId}}/{path}", (string orderId, WorkOrderActionRequest? body, HttpContext http, IGrainFactory g) => ActAsync(g, http, orderId, action, body))
                .Allow(Permission.WorkOrders, ObjectScopes.WorkOrderQueue)
                .WithSummary($"{action}: {{expectedVersion, note?, assignee?, cost?, costCategory?, commandId?}}; the order's company (or the housing office for its queue).");
        }

        orders.MapPost("/{orderId}/verify", (string orderId, WorkOrderActionRequest? body, HttpContext http, IGrainFactory g) =>
                ActAsync(g, http, orderId, WorkOrderAction.Verify, body))
            .Allow(Permission.ReportFaults, ObjectScopes.WorkOrderPlace)
            .WithSummary("Verify a repair {expectedVersion, note?, rating? (1–5), commandId?}: grid staff or the housing office (VerifyWorkOrders), or the person who "
                + "reported it; the company that works orders here never verifies (403).");
        foreach (var (path, action) in JudgingSteps)
        {
            orders.MapPost($"/{{orderId}}/{path}", (string orderId, WorkOrderActionRequest? body, HttpContext http, IGrainFactory g) => ActAsync(g, http, orderId, action, body))
                .Allow(Permission.VerifyWorkOrders, ObjectScopes.WorkOrderPlace)
                .WithSummary($"{action}: {{expectedVersion, note?, reason?, rating? (1–5, on close), commandId?}}. Close needs a verified order (409 otherwise); send-back and cancel need a reason.");
        }

        api.MapGet("/work-queues/{queueId}", (string queueId, IGrainFactory g) => g.GetGrain<IWorkQueueGrain>(Keys.WorkQueue(queueId)).GetAsync())
            .Allow(Permission.ReadFacilities, ObjectScopes.WorkQueue)
            .WithTags("Work orders")
            .WithSummary("A work queue: a contract's (queue id = contract id) or a district housing office's (office-TH): open orders by the clock that runs out first, and its counts.");
        return api;
    }

    private static async Task<IResult> ActAsync(IGrainFactory grains, HttpContext http, string orderId, WorkOrderAction action, WorkOrderActionRequest? body)
    {
        var command = WorkOrderRequests.Command(action, body, IfMatch(http), http.User.Actor());
        var place = http.Features.Get<Place>() ?? throw new InvalidOperationException("The gate set no place.");
        var grants = http.User.Grants();
        if (action is WorkOrderAction.Verify or WorkOrderAction.SendBack)
        {
            var order = await OrderAsync(http);
            command = command with
            {
                Verifier = WorkOrderRules.VerifierAt(grants, place, command.Actor, order.ReportedBy)
                    ?? throw new ForbiddenException("Only grid staff, the housing office or the person who reported the fault verify a repair; the company that did it never does."),
            };
        }
        else if (action == WorkOrderAction.Cancel)
        {
            command = command with { Approver = ApproverRules.HighestAt(grants, place) ?? throw new ForbiddenException("Your post does not approve cancelling an order.") };
        }

        return Tagged(http, await grains.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(Validate.Id("orderId", orderId))).ActAsync(command));
    }

    /// <summary>The order the gate read for this request (it resolved the place from it).</summary>
    private static async Task<WorkOrderSnapshot> OrderAsync(HttpContext http) =>
        await ObjectScopes.OrderAsync(http) ?? throw new NotFoundException("work order", ScopeFrom.Route(http, "orderId"));

    /// <summary>The version in an If-Match header: <c>"7"</c>, <c>W/"7"</c> or <c>7</c>.</summary>
    private static long? IfMatch(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ValidationException("If-Match", "If-Match must be the order's version, e.g. \"7\".");
    }

    private static IResult Tagged(HttpContext http, WorkOrderSnapshot order)
    {
        http.Response.Headers.ETag = $"\"{order.Summary.Version}\"";
        return Results.Ok(order);
    }
}
