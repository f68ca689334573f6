using Anju.Silo.Ingest;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Anju.Silo.Api;

/// <summary><c>POST /api/dwellings/commands</c>: many dwelling commands in one request (integrations, the load driver).</summary>
public static class DwellingBatchEndpoints
{
    public static IServiceCollection AddDwellingBatch(this IServiceCollection services) => services.AddSingleton<DwellingBatch>();

    public static RouteGroupBuilder MapDwellingBatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/dwellings/commands", ApplyAsync).WithTags("Dwellings")
            .WithSummary($"A JSON array of up to {DwellingBatch.MaxBatch} dwelling commands ({{estateId, dwellingId, command, body}}, " +
                "body as the command's own endpoint takes it); one result per command, in order; a dwelling's commands apply in order.");
        return api;
    }

    private static async Task<DwellingBatchResponse> ApplyAsync(HttpRequest request, DwellingBatch batch, IOptions<JsonOptions> json, CancellationToken ct) =>
        await batch.ApplyAsync(
            await JsonArrayBody.ReadAsync(request, json.Value.SerializerOptions, DwellingBatch.MaxBatch, "dwelling commands", ct), json.Value.SerializerOptions);
}
