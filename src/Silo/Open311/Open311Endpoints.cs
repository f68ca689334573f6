using System.Globalization;
using Anju.Access;
using Anju.Common;
using Anju.Errors;
using Anju.Estates;
using Anju.Silo.Access;
using Anju.Silo.Ingest;
using Anju.Incidents;
using Anju.Silo.Api;

namespace Anju.Silo.Open311;

/// <summary>Open311 GeoReport v2, JSON format, under <c>/open311/v2/</c>: services are incident categories and
/// requests are incidents, so citizen-reporting apps file straight into the grid workflow; the facility-fault services
/// (<see cref="Open311FaultServices"/>) open work orders instead when the request identifies its facility. Errors use the spec's
/// body, <c>[{"code":400,"description":"…"}]</c>.</summary>
public static class Open311Endpoints
{
    public static WebApplication MapOpen311(this WebApplication app)
    {
        app.MapGet("/open311/discovery.json", (HttpRequest r) => Open311Mapping.Discovery($"{r.Scheme}://{r.Host}/open311/v2/"))
            .AllowPublic("Open311 discovery is public by the GeoReport v2 spec")
            .WithTags("Open311").WithSummary("The GeoReport v2 discovery document.");
        var v2 = app.MapGroup("/open311/v2").WithTags("Open311").AddEndpointFilter(Open311Errors.FilterAsync)
            .AllowPublic("Open311 reads are public by the GeoReport v2 spec; creating a request takes an api_key");
        v2.MapGet("/services.json", () => (IReadOnlyList<Open311Service>)[.. Open311Catalogue.Services, .. Open311FaultServices.Services])
            .WithSummary("The services: one per incident category, and the facility-fault services.");
        v2.MapGet("/services/{service_code}.json", (string service_code) => Open311FaultServices.Find(service_code) is { } fault
                ? new Open311Definition(fault.Code, Open311FaultServices.Attributes(fault))
                : new Open311Definition(Open311Catalogue.Code(Open311Catalogue.Category(service_code)), Open311Catalogue.Attributes))
            .WithSummary("A service definition: the attributes that place a request, its severity, and for fault services the facility and fault code.");
        v2.MapPost("/requests.json", CreateAsync).WithSummary("Create a service request (form-encoded per the spec, or JSON).").DisableAntiforgery()
            .RequireRateLimiting(SiloAccess.Open311Limit);
        v2.MapGet("/requests.json", ListAsync).WithSummary("Service requests: service_request_id, service_code, status, start_date, end_date, page, page_size.");
        v2.MapGet("/requests/{service_request_id}.json", async (string service_request_id, IGrainFactory g) => new[] { await RequestAsync(g, service_request_id) })
            .WithSummary("One service request (a case, or a fault service's work order), as a one-element list.");
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IGrainFactory grains, ApiKeyStore keys, EstateLocator locator,
        Anju.Access.PlaceDirectory places, Microsoft.Extensions.Options.IOptions<Open311Options> options)
    {
        var input = await Open311Input.ReadAsync(request);
        if (await keys.AuthenticateAsync(input["api_key"], request.HttpContext.RequestAborted) is not { } integration)
        {
            return Open311Errors.Error(StatusCodes.Status403Forbidden, "api_key is missing, unknown or revoked.");
        }

        var actor = $"open311:{integration}";
        var fault = Open311FaultServices.Find(input["service_code"]);
        var estateId = await PlaceAsync(input, locator, options.Value);
        if (!await places.IsRegisteredAsync(estateId))
        {
            // Found from the directory: no grain of an estate that is not there is activated (nor left retrying).
            return Open311Errors.Error(StatusCodes.Status404NotFound, $"attribute[estate_id]: no estate '{estateId}' is registered.");
        }
        if (fault is not null)
        {
            Open311Mapping.Where(input);
            if (await Open311Faults.TryOpenAsync(grains, input, estateId, fault, actor) is { } order)
            {
                return Results.Json(new[] { new Open311Created(order.Summary.OrderId, Open311Faults.Notice(order.Summary)) }, statusCode: StatusCodes.Status201Created);
            }
        }

        var command = Open311Mapping.Command(input, estateId, fault is null ? null : IncidentCategory.Facility) with { Actor = actor };
        var filed = await grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(command.Location.EstateId)).FileAsync(command);
        return Results.Json(new[] { new Open311Created(filed.IncidentId, Open311Mapping.Notice(filed.Route)) }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Anju's attribute[estate_id] when given; else the estate the position falls to, else the one the address
    /// names; a request placed nowhere is refused naming what it lacked.</summary>
    private static async Task<string> PlaceAsync(Open311Input input, EstateLocator locator, Open311Options options)
    {
        if (input.Attribute("estate_id") is { } given)
        {
            return Validate.Id("attribute[estate_id]", given);
        }

        var (lat, lon, address) = Open311Mapping.Where(input);
        var placed = lat is { } y && lon is { } x ? await locator.AtAsync(GeoRules.Validate(new GeoPoint(y, x))) : null;
        placed ??= address is not null ? await locator.ByAddressAsync(address) : null;
        return placed ?? throw new ValidationException(lat is not null ? "lat" : "address_string",
            $"No estate within {options.PlaceWithinMetres:0} m of the point nor named in the address: give attribute[estate_id].");
    }

    private static async Task<IReadOnlyList<Open311Request>> ListAsync(
        IGrainFactory grains, Anju.Access.PlaceDirectory places, string? service_request_id, string? service_code, string? status, string? start_date, string? end_date,
        int page = 1, int page_size = 50)
    {
        if (page < 1)
        {
            throw new ValidationException("page", "page must be 1 or more.");
        }

        if (page_size is < 1 or > 200)
        {
            throw new ValidationException("page_size", "page_size must be between 1 and 200.");
        }

        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            var ids = service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return await Task.WhenAll(ids.Select(id => RequestAsync(grains, id)));
        }

        if (Open311FaultServices.Find(service_code) is not null)
        {
            throw new ValidationException("service_code", $"Listing by date covers the case services; ask for '{service_code}' requests by service_request_id.");
        }

        // The spec's default window is the last 90 days.
        var query = new IncidentQuery(
            Category: string.IsNullOrWhiteSpace(service_code) ? null : Open311Catalogue.Category(service_code),
            Open: status switch
            {
                null or "" => null,
                "open" => true,
                "closed" => false,
                _ => throw new ValidationException("status", "status must be open or closed."),
            },
            CreatedFrom: Date("start_date", start_date) ?? DateTimeOffset.UtcNow.AddDays(-90),
            CreatedTo: Date("end_date", end_date));
        var summaries = await IncidentDirectory.FindAsync(grains, places, null, null, query);
        var pageOf = summaries.Skip((page - 1) * page_size).Take(page_size);
        var found = await Task.WhenAll(pageOf.Select(s => grains.GetGrain<IIncidentGrain>(Keys.Incident(s.IncidentId)).GetAsync()));
        return [.. found.Select(Open311Mapping.Request)];
    }

    /// <summary>A service request by id: a case, else a work order opened by a fault service.</summary>
    private static async Task<Open311Request> RequestAsync(IGrainFactory grains, string id)
    {
        var valid = Validate.Id("service_request_id", id);
        try
        {
            return Open311Mapping.Request(await grains.GetGrain<IIncidentGrain>(Keys.Incident(valid)).GetAsync());
        }
        catch (NotFoundException)
        {
            return Open311Faults.Request(await grains.GetGrain<Anju.Facilities.IWorkOrderGrain>(Keys.WorkOrder(valid)).GetAsync());
        }
    }

    private static DateTimeOffset? Date(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw new ValidationException(field, $"{field} must be a W3C date-time, e.g. 2026-11-28T08:00:00Z.");
}
