using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;
using Anju.Errors;
using Microsoft.Extensions.Options;

namespace Anju.Silo.Api;

/// <summary>A volunteer's registration: name, phone, building, whether a security volunteer, registered when.</summary>
public sealed record VolunteerRequest(string? Name, string? Phone, string? BuildingId, bool? Security, string? RegisteredOn);

/// <summary>A building's leader (樓長).</summary>
public sealed record LeaderRequest(string? Name, string? Phone, string? Since);

/// <summary>One volunteer's hours at an activity.</summary>
public sealed record ActivityHoursRequest(string? VolunteerId, decimal? Hours);

/// <summary>A volunteer activity with every volunteer's hours.</summary>
public sealed record ActivityRequest(string? ActivityId, string? Title, string? Kind, string? Date, IReadOnlyList<ActivityHoursRequest?>? Hours);

/// <summary>Residents' self-governance (§4.5, §5.2–5.3): volunteers, building leaders, activities and volunteer hours (志願時).</summary>
public static class VolunteerEndpoints
{
    public static RouteGroupBuilder MapVolunteerEndpoints(this RouteGroupBuilder api)
    {
        var estate = api.MapGroup("/volunteers/estates/{estateId}").WithTags("Volunteers");
        estate.MapGet("/", (string estateId, IGrainFactory g) => Roster(g, estateId).GetAsync())
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate(), personalRecord: "volunteers and building leaders")
            .WithSummary("The estate's volunteers, building leaders, activities (newest first) and the totals of all hours; names and phones masked as the caller's view allows.");
        estate.MapGet("/hours", (string estateId, string? from, string? to, IGrainFactory g) =>
            {
                var (f, t) = (GridWorkRequests.OptionalDay("from", from), GridWorkRequests.OptionalDay("to", to));
                return f > t ? throw new ValidationException("to", "to must not be before from.") : Roster(g, estateId).GetHoursAsync(f, t);
            })
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate())
            .WithSummary("Volunteer hours per person and for the estate over a period (from, to: yyyy-MM-dd, inclusive, both optional); security volunteers counted.");
        estate.MapPut("/people/{volunteerId}", (string estateId, string volunteerId, VolunteerRequest? body, ClaimsPrincipal user, TimeProvider clock, IOptions<VolunteerOptions> options, IGrainFactory g) =>
            {
                var b = EstateEndpoints.Body(body);
                var on = GridWorkRequests.OptionalDay("registeredOn", b.RegisteredOn) ?? options.Value.CityDay(clock.GetUtcNow());
                return Roster(g, estateId).RegisterAsync(
                    new Volunteer(Validate.Id("volunteerId", volunteerId), b.Name ?? "", b.Phone, b.BuildingId, b.Security ?? false, on), user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Register a volunteer or update the registration {name, phone?, buildingId?, security?, registeredOn?}.");
        estate.MapPut("/leaders/{buildingId}", (string estateId, string buildingId, LeaderRequest? body, ClaimsPrincipal user, TimeProvider clock, IOptions<VolunteerOptions> options, IGrainFactory g) =>
            {
                var b = EstateEndpoints.Body(body);
                var since = GridWorkRequests.OptionalDay("since", b.Since) ?? options.Value.CityDay(clock.GetUtcNow());
                return Roster(g, estateId).SetLeaderAsync(new BuildingLeader(Validate.Id("buildingId", buildingId), b.Name ?? "", b.Phone, since, user.Actor()));
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Name a building's leader (樓長) {name, phone?, since?}, replacing the previous one.");
        estate.MapPost("/activities", async (string estateId, ActivityRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var entry = await Roster(g, estateId).RecordActivityAsync(Activity(body), user.Actor());
                return Results.Ok(entry);
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record an activity {activityId, title, kind, date, hours: [{volunteerId, hours}]}: more than 0 and at most 24 hours a person "
                + "in quarter hours, each volunteer registered and listed once; the same activity again is harmless, other content 409.");
        return api;
    }

    private static VolunteerActivity Activity(ActivityRequest? body)
    {
        var b = EstateEndpoints.Body(body);
        var hours = Parse.Items("hours", b.Hours).Select((h, i) => new ActivityHours(h.VolunteerId ?? "", Parse.Required($"hours[{i}].hours", h.Hours))).ToList();
        return new VolunteerActivity(Validate.Id("activityId", b.ActivityId), b.Title ?? "", Parse.Enum<ActivityKind>("kind", b.Kind),
            GridWorkRequests.Day("date", b.Date), hours);
    }

    private static IVolunteerRosterGrain Roster(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IVolunteerRosterGrain>(Keys.Volunteers(Validate.Id("estateId", estateId)));
}
