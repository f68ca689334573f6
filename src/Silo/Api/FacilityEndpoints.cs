using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Facilities;
using Anju.Silo.Access;

namespace Anju.Silo.Api;

/// <summary>An estate's facility register (設施), its preventive schedules, its orders, and faults reported on it.</summary>
public static class FacilityEndpoints
{
    public static RouteGroupBuilder MapFacilityEndpoints(this RouteGroupBuilder api)
    {
        var estate = api.MapGroup("/facilities/estates/{estateId}").WithTags("Facilities");
        estate.MapGet("/", (string estateId, IGrainFactory g) => Register(g, estateId).GetOverviewAsync())
            .Allow(Permission.ReadFacilities, ScopeFrom.Estate())
            .WithSummary("Facilities at a glance: counts, status by type, open orders.");
        estate.MapGet("/register", (string estateId, IGrainFactory g) => Register(g, estateId).ListAsync())
            .Allow(Permission.ReadFacilities, ScopeFrom.Estate())
            .WithSummary("The register, each facility with its live status, since when, and its open orders.");
        estate.MapPost("/register", async (string estateId, IReadOnlyList<FacilityRequest?>? body, IGrainFactory g) =>
                new { Registered = await Register(g, estateId).RegisterAsync(FacilityRequests.Facilities(body)) })
            .Allow(Permission.ManageFacilities, ScopeFrom.Estate())
            .WithSummary($"Register or update facilities (a JSON array, at most {FacilityRequests.MaxPerRequest}); all are checked first; a repeat is harmless.");
        estate.MapGet("/register/{facilityId}", (string estateId, string facilityId, IGrainFactory g) =>
                Register(g, estateId).GetAsync(Validate.Id("facilityId", facilityId)))
            .Allow(Permission.ReadFacilities, ScopeFrom.Estate())
            .WithSummary("One facility with its live status and open orders.");
        estate.MapDelete("/register/{facilityId}", async (string estateId, string facilityId, ClaimsPrincipal user, IGrainFactory g) =>
            {
                await Register(g, estateId).RemoveAsync(Validate.Id("facilityId", facilityId), user.Actor());
                return Results.NoContent();
            })
            .Allow(Permission.ManageFacilities, ScopeFrom.Estate())
            .WithSummary("Take a facility off the register; one with open orders is 409.");
        estate.MapPut("/register/{facilityId}/status", (string estateId, string facilityId, FacilityStatusRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Register(g, estateId).SetStatusAsync(
                    Validate.Id("facilityId", facilityId), Parse.Enum<FacilityStatus>("status", body?.Status), user.Actor(), Validate.Text("reason", body?.Reason, 500)))
            .Allow(Permission.ManageFacilities, ScopeFrom.Estate())
            .WithSummary("Set a facility's status by hand {status, reason}, recorded with the signed-in person.");
        estate.MapGet("/schedules", (string estateId, IGrainFactory g) => Register(g, estateId).GetSchedulesAsync())
            .Allow(Permission.ReadFacilities, ScopeFrom.Estate())
            .WithSummary("Preventive schedules in force: the estate's own and the defaults per facility type.");
        estate.MapPut("/schedules", (string estateId, ScheduleRequest? body, IGrainFactory g) => Register(g, estateId).SetScheduleAsync(FacilityRequests.Schedule(body)))
            .Allow(Permission.ManageFacilities, ScopeFrom.Estate())
            .WithSummary("Set the estate's preventive schedule for one facility type {type, everyDays}.");
        estate.MapPost("/faults", ReportAsync)
            .Allow(Permission.ReportFaults, ScopeFrom.Estate())
            .WithSummary("Report a fault {facilityId, code, severity?, detail, dwellingId?, commandId?}: 201 with the new work order, "
                + "200 with the open one when the same fault is already open. The source is the caller's post.");
        estate.MapGet("/orders", (string estateId, IGrainFactory g, bool includeClosed = false) => Register(g, estateId).ListOrdersAsync(includeClosed))
            .Allow(Permission.ReadFacilities, ScopeFrom.Estate())
            .WithSummary("The estate's work orders: open ones (and those closed in the last 7 days with includeClosed=true), newest first.");
        estate.MapGet("/dwellings/{dwellingId}/notices", (string estateId, string dwellingId, IHouseholdNotices notices, int take = 20) =>
                notices.OfDwellingAsync(Validate.Id("estateId", estateId), Validate.Id("dwellingId", dwellingId), take is >= 1 and <= 200
                    ? take : throw new Anju.Errors.ValidationException("take", "take must be between 1 and 200.")))
            .Allow(Permission.ReadFacilities, ObjectScopes.Dwelling)
            .WithSummary("The newest fault notices a household was sent (a lift of its building out of service, no water in its zone).");
        return api;
    }

    private static async Task<IResult> ReportAsync(string estateId, ReportFaultRequest? body, HttpContext http, IGrainFactory grains)
    {
        var place = http.Features.Get<Place>() ?? throw new InvalidOperationException("The gate set no place.");
        var fault = FacilityRequests.Fault(body, WorkOrderRules.SourceAt(http.User.Grants(), place), http.User.Actor());
        var order = await Register(grains, estateId).ReportFaultAsync(fault);
        return order.Occurrences > 1
            ? Results.Ok(order)
            : Results.Created($"/api/work-orders/{order.Summary.OrderId}", order);
    }

    private static IEstateFacilitiesGrain Register(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(Validate.Id("estateId", estateId)));
}
