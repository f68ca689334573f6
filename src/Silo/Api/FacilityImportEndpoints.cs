using Anju.Access;
using Anju.Silo.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Anju.Silo.Api;

/// <summary>The facility register from one CSV file (src/Silo/Import/README.md): all of it, or none of it.</summary>
public static class FacilityImportEndpoints
{
    /// <summary>A city's register is some tens of thousands of rows, a few MB.</summary>
    public const long MaxRequestBytes = 32 * 1024 * 1024;

    /// <summary>Row errors listed in the answer (the count says how many there were).</summary>
    public const int MaxListedErrors = 1000;

    public static RouteGroupBuilder MapFacilityImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/import/facilities", ImportAsync)
            .Allow(Permission.ManageFacilities, ScopeFrom.Body("estateId of every row"))
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithTags("Import")
            .WithSummary("Register facilities from one CSV file (estateId,facilityId,type,name,buildingId,zoneId,gridId,deviceId,location,managingUnit,installedOn); "
                + "a file with any error stores nothing; a re-import changes nothing.");
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, IGrainFactory grains, PlaceDirectory places)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.",
                detail: "Send the file as the body with Content-Type: text/csv.");
        }

        var http = request.HttpContext;
        var (result, errors) = await new FacilityImport(grains).ImportAsync(
            request.Body, async estateId => await http.RequireAsync(await places.EstateAsync(estateId) ?? Place.City), http.RequestAborted);
        if (result is not null)
        {
            return Results.Ok(result);
        }

        return TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Take(10).Select(e => $"row {e.Row}: {e.Message}").ToArray(), StringComparer.Ordinal),
            detail: $"{errors.Count} error{(errors.Count == 1 ? "" : "s")} in {errors.Select(e => e.Row).Distinct().Count()} rows; nothing was imported.",
            title: "The import file is invalid.",
            extensions: new Dictionary<string, object?> { ["errorCount"] = errors.Count, ["rows"] = errors.Take(MaxListedErrors).ToList() });
    }
}
