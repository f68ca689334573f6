using Anju.Access;
using Anju.Access.Identity;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Silo.Ingest;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Anju.Silo.Api;

/// <summary>Many dwelling commands in one request (the integrations' and the load driver's path).</summary>
public static class DwellingBatchEndpoints
{
    /// <summary>A full batch of commands with bodies is several megabytes of JSON.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    public static IServiceCollection AddDwellingBatch(this IServiceCollection services) => services.AddSingleton<DwellingBatch>();

    public static RouteGroupBuilder MapDwellingBatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/dwellings/commands", ApplyAsync).WithTags("Dwellings")
            .Allow(Permission.ChangeResidency, ScopeFrom.Body("each command's dwelling"))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBytes))
            .WithSummary($"A JSON array of up to {DwellingBatch.MaxBatch} dwelling commands ({{estateId, dwellingId, command, body}}, " +
                "body as the command's own endpoint takes it); one result per command, in order; a dwelling's commands apply in order; " +
                "a command on a dwelling the caller's grants do not reach is forbidden (403) and the rest still apply.");
        return api;
    }

    private static async Task<DwellingBatchResponse> ApplyAsync(
        HttpRequest request, DwellingBatch batch, IOptions<JsonOptions> json, PlaceDirectory places, IGrainFactory grains, CancellationToken ct)
    {
        var http = request.HttpContext;
        var grants = http.User.Grants();
        var answer = await batch.ApplyAsync(
            await JsonArrayBody.ReadAsync(request, json.Value.SerializerOptions, DwellingBatch.MaxBatch, "dwelling commands", ct),
            json.Value.SerializerOptions,
            http.User.Actor(),
            async (estateId, dwellingId) =>
            {
                var estate = await places.EstateAsync(estateId);
                if (estate is null || GrantRules.Allows(grants, Permission.ChangeResidency, estate, whole: true))
                {
                    return true; // an unknown estate is answered not-found by the dwelling itself
                }

                try
                {
                    var gridId = (await grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, dwellingId)).GetAsync()).GridId;
                    return await places.GridAsync(estateId, gridId) is { } grid && GrantRules.Allows(grants, Permission.ChangeResidency, grid);
                }
                catch (NotFoundException)
                {
                    return GrantRules.Allows(grants, Permission.ChangeResidency, estate);
                }
            });

        // The audit line names the estates touched and the counts; each dwelling's own history names the actor.
        AuditNote.Set(http,
            answer.Results.Select(r => r.EstateId).OfType<string>().Distinct(StringComparer.Ordinal).Take(100).Select(e => $"estateId={e}"),
            $"{answer.Results.Count} commands: {answer.Applied} applied, {answer.Forbidden} forbidden, {answer.Invalid} invalid, {answer.NotFound} not found, "
            + $"{answer.Conflicts} conflicts, {answer.Failed} failed, {answer.Skipped} skipped");
        return answer;
    }
}
