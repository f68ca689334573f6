using Anju.Common;
using Anju.Dwellings;
using Anju.Estates;

namespace Anju.Silo.Api;

/// <summary>Request bodies: every field nullable so a missing one is reported by name, not as a binding failure.</summary>
public sealed record RegisterEstateRequest(string? EstateId, string? Name, string? District, string? Street, double? FloorArea);

public sealed record AddDwellingRequest(string? DwellingId, double? FloorArea);

public sealed record ChangeOccupancyRequest(string? Action, string? Actor, string? Reason);

/// <summary>A page of a list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Skip, int Take, int Total);

/// <summary>Estates and their dwellings.</summary>
public static class EstateEndpoints
{
    public static RouteGroupBuilder MapEstateEndpoints(this RouteGroupBuilder api)
    {
        var estates = api.MapGroup("/estates").WithTags("Estates");
        estates.MapPost("/", RegisterAsync).WithSummary("Register an estate (小區).");
        estates.MapGet("/{estateId}", GetAsync).WithSummary("An estate's profile and live status.");
        estates.MapPost("/{estateId}/dwellings", AddDwellingAsync).WithSummary("Add a vacant dwelling (住房).");
        estates.MapGet("/{estateId}/dwellings", ListDwellingsAsync).WithSummary("A page of the estate's dwellings.");
        estates.MapGet("/{estateId}/dwellings/{dwellingId}", GetDwellingAsync).WithSummary("A dwelling with its occupancy history.");
        estates.MapPost("/{estateId}/dwellings/{dwellingId}/occupancy", ChangeOccupancyAsync)
            .WithSummary("Move a dwelling one step through its occupancy lifecycle.");
        return api;
    }

    private static async Task<IResult> RegisterAsync(RegisterEstateRequest? body, IGrainFactory grains)
    {
        if (body is null)
        {
            throw new ValidationException("body", "A JSON body is required.");
        }

        var estateId = Validate.Id("estateId", body.EstateId);
        var status = await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).RegisterAsync(
            new RegisterEstate(body.Name ?? "", body.District ?? "", body.Street ?? "", Required("floorArea", body.FloorArea)));
        return Results.Created($"/api/estates/{estateId}", status);
    }

    private static async Task<EstateStatus> GetAsync(string estateId, IGrainFactory grains) =>
        await Estate(grains, estateId).GetStatusAsync();

    private static async Task<IResult> AddDwellingAsync(string estateId, AddDwellingRequest? body, IGrainFactory grains)
    {
        if (body is null)
        {
            throw new ValidationException("body", "A JSON body is required.");
        }

        var dwelling = await Estate(grains, estateId).AddDwellingAsync(
            new AddDwelling(Validate.Id("dwellingId", body.DwellingId), Required("floorArea", body.FloorArea)));
        return Results.Created($"/api/estates/{estateId}/dwellings/{dwelling.DwellingId}", dwelling);
    }

    private static async Task<Page<DwellingSummary>> ListDwellingsAsync(string estateId, IGrainFactory grains, int skip = 0, int take = 100)
    {
        if (skip < 0)
        {
            throw new ValidationException("skip", "skip must not be negative.");
        }

        if (take is < 1 or > 1000)
        {
            throw new ValidationException("take", "take must be between 1 and 1000.");
        }

        var estate = Estate(grains, estateId);
        var status = await estate.GetStatusAsync();
        var items = await estate.ListDwellingsAsync(skip, take);
        return new Page<DwellingSummary>(items, skip, take, status.Occupancy.Dwellings);
    }

    private static async Task<DwellingSnapshot> GetDwellingAsync(string estateId, string dwellingId, IGrainFactory grains) =>
        await Dwelling(grains, estateId, dwellingId).GetAsync();

    private static async Task<DwellingSnapshot> ChangeOccupancyAsync(
        string estateId, string dwellingId, ChangeOccupancyRequest? body, IGrainFactory grains)
    {
        if (body is null)
        {
            throw new ValidationException("body", "A JSON body is required.");
        }

        if (!Enum.TryParse<OccupancyAction>(body.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action)
            || int.TryParse(body.Action, out _))
        {
            throw new ValidationException("action", $"action must be one of {string.Join(", ", Enum.GetNames<OccupancyAction>())}.");
        }

        return await Dwelling(grains, estateId, dwellingId).ChangeOccupancyAsync(new ChangeOccupancy(action, body.Actor ?? "", body.Reason));
    }

    private static IEstateGrain Estate(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEstateGrain>(Keys.Estate(Validate.Id("estateId", estateId)));

    private static IDwellingGrain Dwelling(IGrainFactory grains, string estateId, string dwellingId) =>
        grains.GetGrain<IDwellingGrain>(Keys.Dwelling(Validate.Id("estateId", estateId), Validate.Id("dwellingId", dwellingId)));

    private static double Required(string field, double? value) =>
        value ?? throw new ValidationException(field, $"{field} is required.");
}
