using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;
using Anju.Errors;
using Anju.Money;

namespace Anju.Silo.Api;

public sealed record GarbageStationRequest(string? StationId, string? Name, string? Location, IReadOnlyList<string?>? Streams, bool? Staffed);

public sealed record SortingRequest(IReadOnlyDictionary<string, decimal?>? Kilograms);

public sealed record MatterRequest(string? RecordId, string? Category, string? Date, string? Note);

/// <summary>An estate's environment (§4.8): environment matters counted per category (the incidents of the environment
/// categories and matters recorded by hand), garbage stations, and the months' sorting figures with their sorting rate.</summary>
public static class EnvironmentEndpoints
{
    public static RouteGroupBuilder MapEnvironmentEndpoints(this RouteGroupBuilder api)
    {
        var environment = api.MapGroup("/estates/{estateId}/environment").WithTags("Community: environment");
        environment.MapGet("/", (string estateId, IGrainFactory g) => Environment(g, estateId).GetAsync())
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate())
            .WithSummary("Counts per environment category (incidents open and held, matters recorded), garbage stations, sorting months newest first.");
        environment.MapPost("/stations", (string estateId, GarbageStationRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = CommitteeEndpoints.Body(body);
                var streams = Parse.Items("streams", b.Streams).Select((s, i) => Parse.Enum<WasteStream>($"streams[{i}]", s));
                return Environment(g, estateId).RegisterStationAsync(new GarbageStation(b.StationId!, b.Name!, b.Location!, [.. streams], b.Staffed ?? false), user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Register a garbage station {stationId, name, location, streams: [Recyclable, Kitchen, Hazardous, Residual], staffed}.");
        environment.MapPost("/sorting/{month}", (string estateId, string month, SortingRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Environment(g, estateId).RecordSortingAsync(MoneyChecks.Month("month", month), Kilograms(CommitteeEndpoints.Body(body).Kilograms), user.Actor()))
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record a month's kilograms per stream {kilograms: {Recyclable, Kitchen, Hazardous, Residual}}; the sorting rate is computed. "
                + "The same figures again are harmless; other figures for a recorded month are 409.");
        environment.MapPost("/matters", (string estateId, MatterRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = CommitteeEndpoints.Body(body);
                return Environment(g, estateId).RecordMatterAsync(b.RecordId!, Parse.Enum<EnvironmentCategory>("category", b.Category),
                    MoneyChecks.Day("date", b.Date), b.Note!, user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record an environment matter by hand {recordId, category, date, note}.");
        return api;
    }

    private static Dictionary<WasteStream, decimal> Kilograms(IReadOnlyDictionary<string, decimal?>? kilograms)
    {
        if (kilograms is null || kilograms.Count == 0)
        {
            throw new ValidationException("kilograms", "kilograms must name at least one stream.");
        }

        var result = new Dictionary<WasteStream, decimal>();
        foreach (var (name, kg) in kilograms)
        {
            var stream = Parse.Enum<WasteStream>("kilograms", name);
            if (!result.TryAdd(stream, kg ?? throw new ValidationException($"kilograms.{stream}", $"kilograms.{stream} must be a number.")))
            {
                throw new ValidationException("kilograms", $"kilograms names {stream} twice.");
            }
        }

        return result;
    }

    private static IEnvironmentGrain Environment(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IEnvironmentGrain>(Keys.Environment(Validate.Id("estateId", estateId)));
}
