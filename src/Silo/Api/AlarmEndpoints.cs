using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Alarms;
using Anju.Estates;
using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>The command centre's alarm stream: the board of the city or a district, and acknowledging an alarm, which
/// the district's stream routes to the alarm's owner.</summary>
public static class AlarmEndpoints
{
    public static RouteGroupBuilder MapAlarmEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/alarms", BoardAsync).WithTags("Alarms")
            .Allow(Permission.ReadFigures, ScopeFrom.Rows("alarm board: the district asked for, else the city"))
            .WithSummary("The alarm board of a district (?district=TH) or the whole city: open alarms, most severe then newest, with risen severity, reminders and situations; recently cleared.");
        api.MapPost("/alarms/{alarmId}/acknowledge", async (string alarmId, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
                await grains.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(http.Features.Get<Place>()!.District!)).AcknowledgeAsync(alarmId, user.Actor()))
            .Allow(Permission.AcknowledgeAlarms, ScopeFrom.Object("alarm:estate", AlarmEstateAsync)).WithTags("Alarms")
            .WithSummary("Acknowledge an alarm as the signed-in user: the security desk's, the facilities', an incident escalation's or an overdue work order's. 400 for an id that is not an alarm id.");
        return api;
    }

    private static async Task<AlarmBoard> BoardAsync(IGrainFactory grains, HttpContext http, string? district)
    {
        if (district is not null && !DistrictCodes.IsKnown(district))
        {
            throw new ValidationException("district", $"district must be one of {string.Join(", ", DistrictCodes.All.Keys)}.");
        }

        await http.RequireAsync(district is null ? Place.City : new Place(District: district));
        return await grains.GetGrain<IAlarmStreamGrain>(district is null ? Keys.CityAlarmStream : Keys.AlarmStream(district)).GetBoardAsync();
    }

    /// <summary>The alarm's estate, read from its id (<see cref="StreamAlarm.IdOf"/>); a malformed id is a 400, an unknown estate a 404.</summary>
    private static async ValueTask<Place?> AlarmEstateAsync(HttpContext http, PlaceDirectory places)
    {
        var alarmId = ScopeFrom.Route(http, "alarmId");
        var parsed = StreamAlarm.Parse(alarmId) ?? throw new ValidationException("alarmId", $"'{alarmId}' is not an alarm id (source:estate:id, source one of security, facilities, incidents, workorders).");
        return await places.EstateAsync(parsed.EstateId);
    }
}
