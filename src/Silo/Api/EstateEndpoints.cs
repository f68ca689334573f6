using Anju.Access;
using Anju.Common;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Grids;

namespace Anju.Silo.Api;

/// <summary>Request bodies: every field nullable so a missing one is reported by name, not as a binding failure.</summary>
public sealed record RegisterEstateRequest(string? EstateId, string? Name, string? District, string? Street, double? FloorArea, double? Lat = null, double? Long = null);

public sealed record EstateLocationRequest(double? Lat, double? Long);

public sealed record DefineZoneRequest(string? ZoneId, string? Name);

public sealed record DefineGridRequest(string? GridId, string? Name, string? ZoneId);

public sealed record AddBuildingRequest(string? BuildingId, string? Name, string? GridId, int? Floors);

public sealed record AddDwellingRequest(
    string? DwellingId, double? FloorArea, string? BuildingId, int? Unit, int? Floor, string? Number, string? Tenure, decimal? OwnedShare);

public sealed record GridStaffRequest(string? Name, string? Role, string? Phone);

/// <summary>A page of a list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Skip, int Take, int Total);

/// <summary>Estates and their structure: zones, grids, buildings, dwellings.</summary>
public static class EstateEndpoints
{
    public static RouteGroupBuilder MapEstateEndpoints(this RouteGroupBuilder api)
    {
        var estates = api.MapGroup("/estates").WithTags("Estates");
        estates.MapPost("/", RegisterAsync).Allow(Permission.ManageEstates, ScopeFrom.Body("district and street"))
            .WithSummary("Register an estate (小區).");
        estates.MapGet("/{estateId}", (string estateId, IGrainFactory g) => Estate(g, estateId).GetStatusAsync())
            .Allow(Permission.ReadFigures, ScopeFrom.Estate()).WithSummary("An estate's profile and live status, with its health score.");
        estates.MapPut("/{estateId}/location", (string estateId, EstateLocationRequest? body, IGrainFactory g) =>
                Estate(g, estateId).LocateAsync(new GeoPoint(Parse.Required("lat", Body(body).Lat), Parse.Required("long", body!.Long))))
            .Allow(Permission.ManageEstates, ScopeFrom.Estate())
            .WithSummary("Where the estate stands (its main entrance, WGS-84): Open311 reports made by position are placed at the nearest estate.");
        estates.MapGet("/{estateId}/structure", (string estateId, IGrainFactory g) => Estate(g, estateId).GetStructureAsync())
            .Allow(Permission.ReadFigures, ScopeFrom.Estate()).WithSummary("Zones, grids, buildings and contracts of an estate.");
        estates.MapPost("/{estateId}/zones", (string estateId, DefineZoneRequest? body, IGrainFactory g) =>
            Estate(g, estateId).DefineZoneAsync(new DefineZone(Body(body).ZoneId ?? "", body!.Name ?? "")))
            .Allow(Permission.ManageEstates, ScopeFrom.Estate()).WithSummary("Define a service zone (物業服務區域); estates over 200,000 m² only.");
        estates.MapPost("/{estateId}/grids", (string estateId, DefineGridRequest? body, IGrainFactory g) =>
            Estate(g, estateId).DefineGridAsync(new DefineGrid(Body(body).GridId ?? "", body!.Name ?? "", body.ZoneId)))
            .Allow(Permission.ManageEstates, ScopeFrom.Estate()).WithSummary("Define a grid (網格) of about 200 households.");
        estates.MapGet("/{estateId}/grids/{gridId}", (string estateId, string gridId, IGrainFactory g) => Grid(g, estateId, gridId).GetStatusAsync())
            .Allow(Permission.ReadFigures, ScopeFrom.Grid(), personalRecord: "grid staff").WithSummary("A grid's figures, staff and warnings.");
        estates.MapPut("/{estateId}/grids/{gridId}/staff", (string estateId, string gridId, GridStaffRequest[]? body, IGrainFactory g) =>
            Grid(g, estateId, gridId).SetStaffAsync([.. Parse.Items("body", Body(body)).Select(s => new GridStaff(s.Name ?? "", Parse.Enum<GridStaffRole>("role", s.Role), s.Phone ?? ""))]))
            .Allow(Permission.ManageEstates, ScopeFrom.Grid()).WithSummary("Replace a grid's staff roster.");
        estates.MapPost("/{estateId}/buildings", (string estateId, AddBuildingRequest? body, IGrainFactory g) =>
            Estate(g, estateId).AddBuildingAsync(new AddBuilding(Body(body).BuildingId ?? "", body!.Name ?? "", body.GridId ?? "", Parse.Required("floors", body.Floors))))
            .Allow(Permission.ManageEstates, ScopeFrom.Estate()).WithSummary("Add a building (樓棟) to a grid.");
        estates.MapPost("/{estateId}/dwellings", AddDwellingAsync).Allow(Permission.ManageEstates, ScopeFrom.Estate())
            .WithSummary("Add a vacant dwelling (住房) to a building.");
        estates.MapGet("/{estateId}/dwellings", ListDwellingsAsync).Allow(Permission.ReadResidency, ScopeFrom.Estate(), personalRecord: "households")
            .WithSummary("A page of the estate's dwellings.");
        return api;
    }

    private static async Task<IResult> RegisterAsync(RegisterEstateRequest? body, IGrainFactory grains, HttpContext http)
    {
        var estateId = Validate.Id("estateId", Body(body).EstateId);
        await http.RequireAsync(new Place(body!.District, body.Street, estateId));
        var location = body!.Lat is null && body.Long is null ? null
            : GeoRules.Validate(new GeoPoint(Parse.Required("lat", body.Lat), Parse.Required("long", body.Long)));
        var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        var status = await estate.RegisterAsync(
            new RegisterEstate(body.Name ?? "", body.District ?? "", body.Street ?? "", Parse.Required("floorArea", body.FloorArea)));
        if (location is not null)
        {
            status = await estate.LocateAsync(location);
        }
        return Results.Created($"/api/estates/{estateId}", status);
    }

    private static async Task<IResult> AddDwellingAsync(string estateId, AddDwellingRequest? body, IGrainFactory grains)
    {
        var dwelling = await Estate(grains, estateId).AddDwellingAsync(ToCommand(Body(body)));
        return Results.Created($"/api/estates/{estateId}/dwellings/{dwelling.DwellingId}", dwelling);
    }

    /// <summary>The command an API or CSV row describes.</summary>
    public static AddDwelling ToCommand(AddDwellingRequest r) => new(
        Validate.Id("dwellingId", r.DwellingId), Parse.Required("floorArea", r.FloorArea), Parse.Required("buildingId", r.BuildingId),
        Parse.Required("unit", r.Unit), Parse.Required("floor", r.Floor), Parse.Required("number", r.Number),
        Parse.Enum<TenureType>("tenure", r.Tenure), r.OwnedShare);

    private static async Task<Page<DwellingSummary>> ListDwellingsAsync(string estateId, IGrainFactory grains, int skip = 0, int take = 100)
    {
        Parse.Page(skip, take);
        var (items, total) = await Estate(grains, estateId).ListDwellingsAsync(skip, take);
        return new Page<DwellingSummary>(items, skip, take, total);
    }

    public static T Body<T>(T? body)
        where T : class =>
        body ?? throw new ValidationException("body", "A JSON body is required.");

    public static IEstateGrain Estate(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEstateGrain>(Keys.Estate(Validate.Id("estateId", estateId)));

    private static IGridGrain Grid(IGrainFactory grains, string estateId, string gridId) =>
        grains.GetGrain<IGridGrain>(Keys.Grid(Validate.Id("estateId", estateId), Validate.Id("gridId", gridId)));
}
