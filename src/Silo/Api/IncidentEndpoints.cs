using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Silo.Access;
using Anju.Incidents;

namespace Anju.Silo.Api;

/// <summary>Incidents (事件): filing, every lifecycle step with optimistic concurrency, lists and per-grid counts.</summary>
public static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentEndpoints(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapPost("/", FileAsync).Allow(Permission.FileIncidents, ScopeFrom.Body("location.estateId and gridId")).WithSummary("File a case in an estate (or count a repeat of an open device alarm).");
        incidents.MapGet("/", ListAsync).Allow(Permission.ReadIncidents, ScopeFrom.Rows("cases"))
            .WithSummary("A page of cases, newest first; filter by estate or district, level reached, status, severity, category, open.");
        incidents.MapGet("/board", async (string? estate, IGrainFactory g) =>
                await g.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(Validate.Id("estate", estate))).GetBoardAsync())
            .Allow(Permission.ReadIncidents, ScopeFrom.Object("estate:query", (http, places) =>
                places.EstateAsync(Validate.Id("estate", http.Request.Query["estate"].ToString()))))
            .WithSummary("An estate's incident counts in total and per grid.");
        incidents.MapGet("/{incidentId}", async (string incidentId, HttpContext http, IGrainFactory g) => Tagged(http, await Case(g, incidentId).GetAsync()))
            .Allow(Permission.ReadIncidents, ObjectScopes.Incident, personalRecord: "reporter")
            .WithSummary("A whole case: summary, route, reporter, attachments and history. The ETag is its version.");
        incidents.MapPost("/{incidentId}/actions", (string incidentId, IncidentActionRequest? body, HttpContext http, IGrainFactory g) =>
                ActAsync(g, http, incidentId, body, null))
            .Allow(Permission.HandleIncidents, ObjectScopes.Incident)
            .WithSummary("One step: Acknowledge, Void, Dispatch, Accept, Feedback, Close, SendBack, Extend, Escalate, DeEscalate, Evaluate or Clear. "
                + "A stale expectedVersion (or If-Match) is 409.");
        foreach (var action in Enum.GetValues<IncidentAction>())
        {
            incidents.MapPost($"/{{incidentId}}/{Kebab(action)}", (string incidentId, IncidentActionRequest? body, HttpContext http, IGrainFactory g) =>
                    ActAsync(g, http, incidentId, body, action))
                .Allow(Permission.HandleIncidents, ObjectScopes.Incident)
                .WithSummary($"{action} a case (same body as /actions, without action).");
        }

        return api;
    }

    private static async Task<IResult> FileAsync(FileIncidentRequest? body, IGrainFactory grains, HttpContext http, PlaceDirectory places)
    {
        var command = Command(EstateEndpoints.Body(body), http.User.Actor());
        var estateId = Validate.Id("location.estateId", command.Location.EstateId);
        // An estate that is not registered is a 404 found from the directory, before any grain of it is activated (its
        // book would otherwise live on, pushing counts to an estate that is not there).
        var place = (command.Location.GridId is { Length: > 0 } grid ? await places.GridAsync(estateId, grid) : await places.EstateAsync(estateId))
            ?? throw new NotFoundException("estate", estateId);
        await http.RequireAsync(place);
        var filed = await grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId)).FileAsync(command);
        return filed.Summary.Occurrences > 1 ? Results.Ok(filed) : Results.Created($"/api/incidents/{filed.IncidentId}", filed);
    }

    /// <summary>Maps a request body to the command, naming the field of any unreadable enum.</summary>
    public static FileIncident Command(FileIncidentRequest body, string actor)
    {
        var where = body.Location ?? throw new ValidationException("location.estateId", "location.estateId is required.");
        return new FileIncident(
            Parse.Enum<IncidentCategory>("category", body.Category),
            Parse.Enum<IncidentSeverity>("severity", body.Severity),
            body.Source is null ? IncidentSource.Resident : Parse.Enum<IncidentSource>("source", body.Source),
            new IncidentLocation(where.EstateId ?? "", where.GridId, where.BuildingId, where.DwellingId, where.Address, where.Lat, where.Long),
            body.Description ?? "",
            actor)
        {
            Reporter = body.Reporter is { } r ? new ReporterContact(r.Name, r.Phone, r.Email) : null,
            Attachments = Parse.Items("attachments", body.Attachments),
            DeviceId = body.DeviceId,
            AlarmType = body.AlarmType,
        };
    }

    private static async Task<Page<IncidentSummary>> ListAsync(
        IGrainFactory grains, PlaceDirectory places, HttpContext http, string? estate, string? district, string? level, string? status, string? severity,
        string? category, bool? open, int skip = 0, int take = 50)
    {
        Parse.Page(skip, take);
        var query = new IncidentQuery(
            Optional<IncidentStatus>("status", status), Optional<IncidentSeverity>("severity", severity), Optional<IncidentCategory>("category", category),
            Optional<EscalationLevel>("level", level), open);
        var found = await http.ReachedAsync(
            await IncidentDirectory.FindAsync(grains, places, estate, district, query), Permission.ReadIncidents,
            c => c.Location.EstateId, c => c.District, c => c.Location.GridId);
        return new Page<IncidentSummary>([.. found.Skip(skip).Take(take)], skip, take, found.Count);
    }

    private static async Task<IResult> ActAsync(IGrainFactory grains, HttpContext http, string incidentId, IncidentActionRequest? body, IncidentAction? fixedAction)
    {
        var b = body ?? new IncidentActionRequest(null, null, null, null, null, null, null);
        var action = fixedAction ?? Parse.Enum<IncidentAction>("action", b.Action);
        var expected = b.ExpectedVersion ?? IfMatch(http) ?? throw new ValidationException("expectedVersion", "expectedVersion (or an If-Match header) is required.");
        var command = new IncidentCommand(action, expected, http.User.Actor())
        {
            Reason = b.Reason,
            Approver = http.Features.Get<Place>() is { } place ? ApproverRules.HighestAt(http.User.Grants(), place) : null,
            Assignee = b.Assignee is null ? null : Parse.Enum<ResponsibleParty>("assignee", b.Assignee),
            Note = b.Note,
            Rating = b.Rating,
            Extension = b.ExtensionHours is { } h ? Hours(h) : null,
        };
        try
        {
            return Tagged(http, await Case(grains, incidentId).ActAsync(command));
        }
        catch (ValidationException refused) when (refused.Field == "approver")
        {
            // The caller's post is below the case's level (or approves nothing): a matter of rights, not of the request.
            throw new ForbiddenException($"Your post cannot approve this step: {refused.Message}");
        }
    }

    private static TimeSpan Hours(double hours) =>
        double.IsFinite(hours) && hours > 0 && hours <= IncidentLifecycle.LongestExtension.TotalHours
            ? TimeSpan.FromHours(hours)
            : throw new ValidationException("extensionHours", $"extensionHours must be positive and at most {IncidentLifecycle.LongestExtension.TotalHours}.");

    /// <summary>The version in an If-Match header: <c>"7"</c>, <c>W/"7"</c> or <c>7</c>.</summary>
    private static long? IfMatch(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ValidationException("If-Match", "If-Match must be the case's version, e.g. \"7\".");
    }

    private static IResult Tagged(HttpContext http, IncidentSnapshot snapshot)
    {
        http.Response.Headers.ETag = $"\"{snapshot.Version}\"";
        return Results.Ok(snapshot);
    }

    private static T? Optional<T>(string field, string? value)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Parse.Enum<T>(field, value);

    private static string Kebab(IncidentAction action) =>
        string.Concat(action.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? $"-{char.ToLowerInvariant(ch)}" : char.ToLowerInvariant(ch).ToString()));

    private static IIncidentGrain Case(IGrainFactory grains, string incidentId) =>
        grains.GetGrain<IIncidentGrain>(Keys.Incident(Validate.Id("incidentId", incidentId)));
}
