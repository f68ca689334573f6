using System.Text.Json;
using Anju.Common;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Silo.Api;

namespace Anju.Silo.Ingest;

/// <summary>One command of a batch as sent: the dwelling, the command's name and the body its single endpoint takes.</summary>
/// <c>commandId</c> (optional, 1–64 characters) is the client's id for the command: resent after a lost answer, a command
/// whose id the dwelling already applied is answered <c>applied</c> with the dwelling as it is, and applies nothing twice.
public sealed record DwellingCommandRequest(string? EstateId, string? DwellingId, string? Command, JsonElement? Body, string? CommandId = null);

/// <summary>The outcome of one command: <c>applied</c> (200, with the dwelling's state and version after it),
/// <c>invalid</c> (400, naming the field), <c>not-found</c> (404), <c>conflict</c> (409), <c>failed</c> (503: it may or
/// may not be stored; retry it with the same <c>commandId</c> so that it applies once), <c>forbidden</c> (403: the caller's
/// grants do not reach the dwelling), or <c>skipped</c> (424: an earlier command on the same dwelling in this batch did not apply).</summary>
public sealed record DwellingCommandResult(
    int Index, string? EstateId, string? DwellingId, string? Command, string Outcome, int Status,
    OccupancyState? State, long? Version, string? Field, string? Error);

/// <summary>A batch's outcome: counts, then one result per command in the order sent.</summary>
public sealed record DwellingBatchResponse(
    int Applied, int Invalid, int NotFound, int Conflicts, int Failed, int Skipped, IReadOnlyList<DwellingCommandResult> Results)
{
    /// <summary>Commands refused because the caller's grants do not reach their dwelling.</summary>
    public int Forbidden => Results.Count(r => r.Outcome == "forbidden");
}

/// <summary>
/// Applies a batch of dwelling commands: the high-rate path for integrations and the load driver, one HTTP
/// request for many changes. Commands on different dwellings run concurrently; commands on one dwelling run in
/// the order sent, and once one of them does not apply the rest of that dwelling's are skipped (an allocation
/// followed by its household must not leave the household on someone else's flat). Each applied command is
/// durable when its result says so, exactly as through its single endpoint; the batch never fails as a whole.
/// </summary>
public sealed class DwellingBatch(IGrainFactory grains, TimeProvider clock, ILogger<DwellingBatch> log)
{
    public const int MaxBatch = 5000;

    /// <summary>Applies the batch as <paramref name="actor"/>; <paramref name="mayChange"/> says whether the caller's grants reach
    /// a dwelling (asked once per dwelling, before its first command).</summary>
    public async Task<DwellingBatchResponse> ApplyAsync(
        IReadOnlyList<JsonElement> items, JsonSerializerOptions json, string actor, Func<string, string, ValueTask<bool>> mayChange)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = new DwellingCommandRequest?[items.Count];
        var results = new DwellingCommandResult[items.Count];
        var byDwelling = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            DwellingCommandRequest? request = null;
            try
            {
                request = batch[i] = Read(items[i], json);
                var key = (Validate.Id("estateId", request.EstateId), Validate.Id("dwellingId", request.DwellingId));
                DwellingCommands.Known(request.Command);
                Validate.CommandId("commandId", request.CommandId);
                (byDwelling.TryGetValue(key, out var list) ? list : byDwelling[key] = []).Add(i);
            }
            catch (ValidationException ex)
            {
                results[i] = Result(i, request, ex);
            }
        }

        await Task.WhenAll(byDwelling.Select(async dwelling =>
        {
            var grain = grains.GetGrain<IDwellingGrain>(Keys.Dwelling(dwelling.Key.Item1, dwelling.Key.Item2));
            if (!await mayChange(dwelling.Key.Item1, dwelling.Key.Item2))
            {
                foreach (var i in dwelling.Value)
                {
                    var request = batch[i]!;
                    results[i] = new DwellingCommandResult(i, request.EstateId, request.DwellingId, request.Command, "forbidden",
                        StatusCodes.Status403Forbidden, null, null, null, "Your grants do not reach this dwelling.");
                }

                return;
            }

            var stopped = false;
            foreach (var i in dwelling.Value)
            {
                var request = batch[i]!;
                if (stopped)
                {
                    results[i] = new DwellingCommandResult(i, request.EstateId, request.DwellingId, request.Command, "skipped",
                        StatusCodes.Status424FailedDependency, null, null, null, "An earlier command on this dwelling in the batch did not apply.");
                    continue;
                }

                results[i] = await ApplyOneAsync(i, grain, request, actor, json);
                stopped = results[i].Status != StatusCodes.Status200OK;
            }
        }));

        foreach (var outcome in results.GroupBy(r => r.Outcome, StringComparer.Ordinal))
        {
            IngestMetrics.Count("dwelling-batch", outcome.Key, outcome.Count());
        }

        return new DwellingBatchResponse(
            Count(results, "applied"), Count(results, "invalid"), Count(results, "not-found"),
            Count(results, "conflict"), Count(results, "failed"), Count(results, "skipped"), results);
    }

    /// <summary>One unreadable item is an invalid command, not a failed batch.</summary>
    private static DwellingCommandRequest Read(JsonElement item, JsonSerializerOptions json)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException("item", "Each command must be a JSON object.");
        }

        try
        {
            return item.Deserialize<DwellingCommandRequest>(json) ?? throw new ValidationException("item", "Each command must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new ValidationException(ex.Path is { Length: > 2 } path ? path[2..] : "item", $"The command could not be read: {ex.Message}");
        }
    }

    private async Task<DwellingCommandResult> ApplyOneAsync(int index, IDwellingGrain grain, DwellingCommandRequest request, string actor, JsonSerializerOptions json)
    {
        try
        {
            var snapshot = await DwellingCommands.Apply(grain, request.Command!, request.Body, actor, json, clock, request.CommandId);
            return new DwellingCommandResult(index, request.EstateId, request.DwellingId, request.Command, "applied", StatusCodes.Status200OK,
                snapshot.State, snapshot.Version, null, null);
        }
        catch (Exception ex) when (ex is ValidationException or NotFoundException or ConflictException)
        {
            return Result(index, request, ex);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Batch command {Command} on {EstateId}/{DwellingId} failed", request.Command, request.EstateId, request.DwellingId);
            return Result(index, request, ex);
        }
    }

    private static DwellingCommandResult Result(int index, DwellingCommandRequest? request, Exception ex)
    {
        var (outcome, status, field, error) = ex switch
        {
            ValidationException v => ("invalid", StatusCodes.Status400BadRequest, v.Field, v.Message),
            NotFoundException => ("not-found", StatusCodes.Status404NotFound, null, ex.Message),
            ConflictException => ("conflict", StatusCodes.Status409Conflict, null, ex.Message),
            _ => ("failed", StatusCodes.Status503ServiceUnavailable, null, $"Not confirmed; retry with the same commandId: {ex.Message}"),
        };
        return new DwellingCommandResult(index, request?.EstateId, request?.DwellingId, request?.Command, outcome, status, null, null, field, error);
    }

    private static int Count(DwellingCommandResult[] results, string outcome) => results.Count(r => r.Outcome == outcome);
}
