using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;

namespace Anju.Silo.Api;

/// <summary>A member of a station's staff.</summary>
public sealed record StationStaffRequest(string? Name, string? Role, string? Phone);

/// <summary>When a station is open on a day of the week (HH:mm, Beijing time).</summary>
public sealed record OpeningHoursRequest(string? Day, string? Opens, string? Closes);

/// <summary>A community service station.</summary>
public sealed record StationRequest(
    string? Name, string? Address, IReadOnlyList<StationStaffRequest?>? Staff, IReadOnlyList<OpeningHoursRequest?>? Hours, IReadOnlyList<string?>? Services);

/// <summary>An estate's community service stations (社區服務站, §4.4).</summary>
public static class StationEndpoints
{
    public static RouteGroupBuilder MapStationEndpoints(this RouteGroupBuilder api)
    {
        var estate = api.MapGroup("/stations/estates/{estateId}").WithTags("Service stations");
        estate.MapGet("/", (string estateId, IGrainFactory g) => Register(g, estateId).ListAsync())
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate())
            .WithSummary("The estate's service stations: address, staff (phones masked as the caller's view allows), opening hours, services.");
        estate.MapPut("/{stationId}", (string estateId, string stationId, StationRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Register(g, estateId).SetAsync(Station(Validate.Id("stationId", stationId), body), user.Actor()))
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Register or replace a station {name, address, staff: [{name, role, phone?}], hours: [{day, opens, closes}], services: [..]}; "
                + "each slot opens before it closes and a day's slots do not overlap.");
        estate.MapDelete("/{stationId}", async (string estateId, string stationId, ClaimsPrincipal user, IGrainFactory g) =>
            {
                await Register(g, estateId).RemoveAsync(Validate.Id("stationId", stationId), user.Actor());
                return Results.NoContent();
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Take a station off the register.");
        return api;
    }

    private static ServiceStation Station(string stationId, StationRequest? body)
    {
        var b = EstateEndpoints.Body(body);
        var staff = Parse.Items("staff", b.Staff).Select(s => new StationStaff(s.Name ?? "", s.Role ?? "", s.Phone)).ToList();
        var hours = Parse.Items("hours", b.Hours).Select((h, i) => new OpeningHours(
            Parse.Enum<DayOfWeek>($"hours[{i}].day", h.Day), GridWorkRequests.Time($"hours[{i}].opens", h.Opens), GridWorkRequests.Time($"hours[{i}].closes", h.Closes))).ToList();
        var services = Parse.Items("services", b.Services).ToList();
        return new ServiceStation(stationId, b.Name ?? "", b.Address ?? "", staff, hours, services!);
    }

    private static IStationRegisterGrain Register(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IStationRegisterGrain>(Keys.Stations(Validate.Id("estateId", estateId)));
}
