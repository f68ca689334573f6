using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Estates;
using Anju.Security;

namespace Anju.Silo.Api;

/// <summary>Security operations (§5.2): roster, shifts, staffing policy, patrol routes, cameras, alarms.</summary>
public static class SecurityEndpoints
{
    public static RouteGroupBuilder MapSecurityEndpoints(this RouteGroupBuilder api)
    {
        var desk = api.MapGroup("/security/estates/{estateId}").WithTags("Security");
        desk.MapGet("/", async (string estateId, IGrainFactory g) => await (await DeskAsync(g, estateId)).GetViewAsync())
            .Allow(Permission.ReadSecurity, ScopeFrom.Estate())
            .WithSummary("Staffing (required vs on duty per zone), roster, shifts, routes, rounds and today's patrols.");
        desk.MapPut("/policy", async (string estateId, PolicyRequest? body, IGrainFactory g) => await (await DeskAsync(g, estateId)).SetPolicyAsync(Policy(body)))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Residents per guard per zone (a contract's zone) and period, and the under-staffing grace.");
        desk.MapPost("/guards", async (string estateId, GuardRequest? body, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).RegisterGuardAsync(new Guard(Body(body).GuardId ?? "", body!.Name ?? "", body.ZoneId)))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Put a guard on the roster, optionally posted to a zone.");
        desk.MapDelete("/guards/{guardId}", async (string estateId, string guardId, ClaimsPrincipal user, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).RemoveGuardAsync(guardId, user.Actor()))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Take a guard off the roster. One on duty is 409 until clocked out; their shifts ahead become vacant.");
        desk.MapPost("/guards/{guardId}/clock-in", async (string estateId, string guardId, ClaimsPrincipal user, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).ClockAsync(guardId, true, user.Actor()))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("A supervisor clocks a guard in.");
        desk.MapPost("/guards/{guardId}/clock-out", async (string estateId, string guardId, ClaimsPrincipal user, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).ClockAsync(guardId, false, user.Actor()))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("A supervisor clocks a guard out.");
        desk.MapPost("/shifts", async (string estateId, ShiftRequest? body, IGrainFactory g) => await (await DeskAsync(g, estateId)).PlanShiftAsync(
                new Shift(Body(body).ShiftId ?? "", Blank(body!.GuardId), Blank(body.ZoneId), Parse.Required("start", body.Start), Parse.Required("end", body.End), false)))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Plan a shift; without a guard it is vacant.");
        desk.MapPost("/shifts/{shiftId}/confirm", async (string estateId, string shiftId, ConfirmShiftRequest? body, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).ConfirmShiftAsync(shiftId, Parse.Required("guardId", Body(body).GuardId)))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("The shift's guard confirms it.");
        desk.MapPost("/routes", async (string estateId, RouteRequest? body, IGrainFactory g) => await (await DeskAsync(g, estateId)).DefineRouteAsync(Route(body)))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Define a patrol route: checkpoints (NFC/QR ids), ordered or not, round interval and window.");
        desk.MapPost("/cameras", async (string estateId, IReadOnlyList<CameraRequest>? body, IGrainFactory g) =>
                new { Registered = await (await CamerasAsync(g, estateId)).RegisterAsync(
                    [.. Cameras(body).Select(c => new Camera(c.CameraId ?? "", Blank(c.BuildingId), c.Location ?? "", c.Kind ?? ""))]) })
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Register cameras (a JSON array); repeating a camera is harmless.");
        desk.MapGet("/cameras", async (string estateId, IGrainFactory g) => await (await CamerasAsync(g, estateId)).GetCamerasAsync())
            .Allow(Permission.ReadSecurity, ScopeFrom.Estate())
            .WithSummary("The camera register, online or not.");
        desk.MapGet("/alarms", async (string estateId, IGrainFactory g, bool includeCleared = false) =>
                await (await DeskAsync(g, estateId)).GetAlarmsAsync(includeCleared))
            .Allow(Permission.ReadSecurity, ScopeFrom.Estate())
            .WithSummary("Open alarms (and recently cleared ones with includeCleared=true).");
        desk.MapPost("/alarms", async (string estateId, RaiseAlarmRequest? body, IGrainFactory g) => await (await DeskAsync(g, estateId)).RaiseAlarmAsync(
                new RaiseAlarm(Parse.Enum<AlarmType>("type", Body(body).Type), Parse.Enum<AlarmSeverity>("severity", body!.Severity), body.Originator ?? "", body.Detail ?? "")))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Raise an alarm (a device or another capability); a repeat raises the open alarm's count.");
        desk.MapPost("/alarms/{alarmId}/acknowledge", async (string estateId, string alarmId, ClaimsPrincipal user, IGrainFactory g) =>
                await (await DeskAsync(g, estateId)).AcknowledgeAlarmAsync(alarmId, user.Actor()))
            .Allow(Permission.ManageSecurity, ScopeFrom.Estate())
            .WithSummary("Acknowledge an alarm, recording who.");
        api.MapGet("/security/alarms", SecurityAlarmList.ListAsync).WithTags("Security")
            .Allow(Permission.ReadSecurity, ScopeFrom.Rows("alarms"))
            .WithSummary("Open alarms of every estate in the city or a district, most severe and newest first.");
        return api;
    }

    private static async Task<IEstateSecurityGrain> DeskAsync(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(await ExistingAsync(grains, estateId)));

    private static async Task<IEstateCamerasGrain> CamerasAsync(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(await ExistingAsync(grains, estateId)));

    /// <summary>The estate id, once the estate is known to exist.</summary>
    private static async Task<string> ExistingAsync(IGrainFactory grains, string estateId)
    {
        var id = Validate.Id("estateId", estateId);
        return await grains.GetGrain<IEstateGrain>(Keys.Estate(id)).ExistsAsync() ? id : throw new NotFoundException("estate", id);
    }

    private static StaffingPolicy Policy(PolicyRequest? body)
    {
        var ratios = Parse.Items("ratios", Body(body).Ratios).Select(r => new StaffingRatio(
            Blank(r.ZoneId), r.Period is null ? null : Parse.Enum<ShiftPeriod>("ratios.period", r.Period),
            Parse.Required("ratios.residentsPerGuard", r.ResidentsPerGuard))).ToList();
        var grace = body!.GraceMinutes is { } minutes
            ? double.IsFinite(minutes) && minutes is >= 0 and <= 1440 ? TimeSpan.FromMinutes(minutes) : throw new ValidationException("graceMinutes", "graceMinutes must be between 0 and 1440.")
            : (TimeSpan?)null;
        return new StaffingPolicy(ratios, grace);
    }

    private static PatrolRoute Route(RouteRequest? body)
    {
        var interval = Parse.Required("roundIntervalMinutes", Body(body).RoundIntervalMinutes);
        var window = Parse.Required("roundWindowMinutes", body!.RoundWindowMinutes);
        return new PatrolRoute(body.RouteId ?? "", body.Name ?? "", body.Ordered ?? false,
            [.. Parse.Items("checkpoints", body.Checkpoints).Select(c => new Checkpoint(c.CheckpointId ?? "", c.Name ?? ""))],
            Minutes("roundIntervalMinutes", interval), Minutes("roundWindowMinutes", window));
    }

    private static TimeSpan Minutes(string field, double minutes) =>
        double.IsFinite(minutes) && minutes is > 0 and <= 1440 ? TimeSpan.FromMinutes(minutes) : throw new ValidationException(field, $"{field} must be between 0 and 1440.");

    /// <summary>Cameras registered in one request: an estate's register is built in a few requests, not one that ties up its desk.</summary>
    public const int MaxCamerasPerRequest = 500;

    private static IReadOnlyList<CameraRequest> Cameras(IReadOnlyList<CameraRequest>? body) =>
        Body(body).Count <= MaxCamerasPerRequest ? Parse.Items("body", body) : throw new ValidationException("body", $"At most {MaxCamerasPerRequest} cameras per request.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static T Body<T>(T? body)
        where T : class => body ?? throw new ValidationException("body", "A JSON body is required.");
}
