using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;
using Anju.Facilities;
using Anju.Grids;
using Anju.Incidents;

namespace Anju.Silo.Api;

/// <summary>A grid's open matters: its open cases, and its open work orders (null when the caller may not read them).</summary>
public sealed record GridMattersView(IReadOnlyList<IncidentSummary> Incidents, IReadOnlyList<WorkOrderSummary>? Orders);

/// <summary>The grid staff's screen (網格員, §4.3): the grid's households, its open matters, information-collection tasks,
/// mediation records, and the day at a glance.</summary>
public static class GridWorkEndpoints
{
    public static RouteGroupBuilder MapGridWorkEndpoints(this RouteGroupBuilder api)
    {
        var grid = api.MapGroup("/gridwork/estates/{estateId}/grids/{gridId}").WithTags("Grid work");
        grid.MapGet("/", (string estateId, string gridId, IGrainFactory g) => Work(g, estateId, gridId).GetAsync())
            .Allow(Permission.ReadCommunity, GridWorkScopes.KnownGrid, personalRecord: "mediation parties")
            .WithSummary("The grid's information-collection tasks (open first) and mediation records (open first), parties masked as the caller's view allows.");
        grid.MapGet("/today", TodayAsync)
            .Allow(Permission.ReadCommunity, GridWorkScopes.KnownGrid)
            .WithSummary("The grid's day: tasks due or overdue, mediations open, and open or breaching cases and work orders (null where the caller may not read them).");
        grid.MapGet("/households", (string estateId, string gridId, IGrainFactory g) =>
                g.GetGrain<IGridGrain>(Keys.Grid(Validate.Id("estateId", estateId), Validate.Id("gridId", gridId))).ListDwellingsAsync())
            .Allow(Permission.ReadResidency, GridWorkScopes.KnownGrid, personalRecord: "households")
            .WithSummary("The grid's dwellings and their households' standings (special groups only with the view that shows them).");
        grid.MapGet("/matters", MattersAsync)
            .Allow(Permission.ReadIncidents, GridWorkScopes.KnownGrid)
            .WithSummary("The grid's open cases, and its open work orders when the caller reads facilities there.");
        grid.MapPost("/tasks", async (string estateId, string gridId, InfoTaskRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var task = await Work(g, estateId, gridId).CreateTaskAsync(GridWorkRequests.Task(body), user.Actor());
                return Results.Created($"/api/gridwork/estates/{estateId}/grids/{gridId}/tasks/{task.TaskId}", task);
            })
            .Allow(Permission.ManageCommunity, GridWorkScopes.KnownGrid)
            .WithSummary("Open an information-collection task {what, dwellingIds, dueOn, commandId?}: every dwelling must be the grid's.");
        grid.MapPost("/tasks/{taskId}/visits", (string estateId, string gridId, string taskId, TaskVisitRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Work(g, estateId, gridId).RecordVisitAsync(Validate.Id("taskId", taskId), Validate.Id("dwellingId", EstateEndpoints.Body(body).DwellingId), body!.Note, user.Actor()))
            .Allow(Permission.ManageCommunity, GridWorkScopes.KnownGrid)
            .WithSummary("Record one dwelling of a task done {dwellingId, note?}, with the signed-in person; a repeat is harmless.");
        grid.MapPost("/mediations", async (string estateId, string gridId, MediationRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var mediation = await Work(g, estateId, gridId).OpenMediationAsync(GridWorkRequests.Mediation(body), user.Actor());
                return Results.Created($"/api/gridwork/estates/{estateId}/grids/{gridId}/mediations/{mediation.MediationId}", mediation);
            })
            .Allow(Permission.ManageCommunity, GridWorkScopes.KnownGrid)
            .WithSummary("Open a mediation record {parties: [{name, phone?, dwellingId?}] (2 or more), issue, commandId?}.");
        grid.MapPost("/mediations/{mediationId}/outcome", (string estateId, string gridId, string mediationId, MediationOutcomeRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Work(g, estateId, gridId).RecordOutcomeAsync(Validate.Id("mediationId", mediationId), GridWorkRequests.Outcome(body), user.Actor()))
            .Allow(Permission.ManageCommunity, GridWorkScopes.KnownGrid)
            .WithSummary("Record the outcome {outcome: Settled | NotSettled | ReferredToLegalAid, note?, legalAid?: {centre, referredOn, reference?}}; "
                + "a settled or referred mediation is final (409), a repeat is harmless.");
        return api;
    }

    private static async Task<GridWorkToday> TodayAsync(string estateId, string gridId, HttpContext http, IGrainFactory grains)
    {
        var today = await Work(grains, estateId, gridId).GetTodayAsync();
        var place = http.Features.Get<Place>() ?? throw new InvalidOperationException("The gate set no place.");
        if (http.Allows(place, Permission.ReadIncidents))
        {
            var open = await Incidents(grains, estateId, gridId);
            today = today with { IncidentsOpen = open.Count, IncidentsBreaching = open.Count(i => i.Overdue) };
        }

        if (http.Allows(place, Permission.ReadFacilities))
        {
            var orders = await Orders(grains, estateId, gridId);
            today = today with { OrdersOpen = orders.Count, OrdersBreaching = orders.Count(o => o.Overdue) };
        }

        return today;
    }

    private static async Task<GridMattersView> MattersAsync(string estateId, string gridId, HttpContext http, IGrainFactory grains)
    {
        var place = http.Features.Get<Place>() ?? throw new InvalidOperationException("The gate set no place.");
        var orders = http.Allows(place, Permission.ReadFacilities) ? await Orders(grains, estateId, gridId) : null;
        return new GridMattersView(await Incidents(grains, estateId, gridId), orders);
    }

    private static Task<IReadOnlyList<IncidentSummary>> Incidents(IGrainFactory grains, string estateId, string gridId) =>
        grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId)).ListAsync(new IncidentQuery(Open: true, GridId: gridId));

    private static async Task<IReadOnlyList<WorkOrderSummary>> Orders(IGrainFactory grains, string estateId, string gridId) =>
        [.. (await grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId)).ListOrdersAsync(includeClosed: false)).Where(o => o.GridId == gridId)];

    private static IGridWorkGrain Work(IGrainFactory grains, string estateId, string gridId) =>
        grains.GetGrain<IGridWorkGrain>(Keys.GridWork(Validate.Id("estateId", estateId), Validate.Id("gridId", gridId)));
}
