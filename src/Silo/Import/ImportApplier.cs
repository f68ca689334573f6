using Anju.Errors;
using Anju.Estates;

namespace Anju.Silo.Import;

/// <summary>
/// Applies a checked plan: estates in parallel (largest first, so the longest does not start last), each one
/// registered, zoned, gridded and built before its dwellings go in batches. Every command is an identical-repeat-
/// is-harmless command, so a transient failure is simply retried and a second import of the file changes nothing.
/// </summary>
public sealed class ImportApplier(IGrainFactory grains, ImportOptions options, ImportProgress progress, ILogger log)
{
    private const int Attempts = 3;

    public Task ApplyAsync(ImportPlan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct };
        return Parallel.ForEachAsync(plan.Estates.Values.OrderByDescending(e => e.Dwellings.Count), parallel, async (estate, token) =>
        {
            try
            {
                await ApplyAsync(estate, token);
            }
            catch (ConflictException ex)
            {
                throw new ConflictException($"Estate '{estate.EstateId}': {ex.Message} What came before it is stored; import the corrected file again to complete it.", ex);
            }
        });
    }

    private async Task ApplyAsync(EstateImport e, CancellationToken ct)
    {
        var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(e.EstateId));
        await RetryAsync(e.EstateId, () => estate.RegisterAsync(e.Registration), ct);
        if (e.Location is { } location)
        {
            await RetryAsync(e.EstateId, () => estate.LocateAsync(location), ct);
        }
        foreach (var zone in e.Zones.Values)
        {
            await RetryAsync(e.EstateId, () => estate.DefineZoneAsync(zone.Command), ct);
        }

        foreach (var grid in e.Grids.Values)
        {
            await RetryAsync(e.EstateId, () => estate.DefineGridAsync(grid.Command), ct);
        }

        foreach (var building in e.Buildings.Values)
        {
            await RetryAsync(e.EstateId, () => estate.AddBuildingAsync(building.Command), ct);
        }

        foreach (var batch in e.Dwellings.Values.Select(d => d.Command).Chunk(Math.Max(1, options.BatchSize)))
        {
            await RetryAsync(e.EstateId, () => estate.AddDwellingsAsync(batch), ct);
            progress.Advance(batch.Length);
        }
    }

    /// <summary>Retries what may be transient (time-outs, a silo going away); never a refusal by the domain.</summary>
    private async Task RetryAsync<T>(string estateId, Func<Task<T>> command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command();
                return;
            }
            catch (Exception ex) when (attempt < Attempts && ex is not (ValidationException or ConflictException or NotFoundException or OperationCanceledException))
            {
                log.LogWarning(ex, "Import of estate {EstateId}: attempt {Attempt} failed; retrying", estateId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
    }
}
