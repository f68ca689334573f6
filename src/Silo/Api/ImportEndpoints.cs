using Anju.Access;
using Anju.Contracts;
using Anju.Dwellings;
using Anju.Silo.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Anju.Silo.Api;

/// <summary>Bulk onboarding from one CSV file (src/Silo/Import/README.md): all of it, or none of it.</summary>
public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var options = services.GetRequiredService<IConfiguration>().GetSection("Import").Get<ImportOptions>() ?? new ImportOptions();
        var progress = new ImportProgress(services.GetRequiredService<TimeProvider>());
        api.MapPost("/import", (HttpRequest request, IGrainFactory grains, IOptions<ZoneOptions> zones, IOptions<ResidencyOptions> residency,
                TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<CsvImporter> log) =>
            ImportAsync(request, new CsvImporter(grains, options, new ImportRuleOptions(zones.Value, residency.Value.Households), progress, clock, log),
                options, lifetime.ApplicationStopping))
            .Allow(Permission.ManageEstates, ScopeFrom.City)
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxRequestBytes))
            .WithTags("Import")
            .WithSummary("Onboard estates, zones, grids, buildings and dwellings from one CSV file; a file with any error stores nothing.");
        api.MapGet("/import/status", () => progress.Snapshot())
            .Allow(Permission.ManageEstates, ScopeFrom.City)
            .WithTags("Import")
            .WithSummary("Progress of the current or last import on this silo.");
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, CsvImporter importer, ImportOptions options, CancellationToken stopping)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type.",
                detail: "Send the file as the body with Content-Type: text/csv.");
        }

        var outcome = await importer.ImportAsync(request.Body, request.HttpContext.RequestAborted, stopping);
        return outcome.Result is { } result ? Results.Ok(result) : Rejected(outcome.Errors, options.MaxListedErrors);
    }

    /// <summary>400 problem details: <c>errors</c> per field (a few rows each) and the first rows in <c>rows</c>.</summary>
    private static IResult Rejected(IReadOnlyList<RowError> errors, int listed)
    {
        var byField = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Take(10).Select(e => $"row {e.Row}: {e.Message}").ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            detail: $"{errors.Count} error{(errors.Count == 1 ? "" : "s")} in {errors.Select(e => e.Row).Distinct().Count()} rows; nothing was imported.",
            title: "The import file is invalid.",
            extensions: new Dictionary<string, object?>
            {
                ["errorCount"] = errors.Count,
                ["rows"] = errors.Take(Math.Max(1, listed)).ToList(),
            });
    }
}
