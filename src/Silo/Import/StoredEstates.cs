using System.Collections.Concurrent;
using Anju.Common;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;

namespace Anju.Silo.Import;

/// <summary>Reads what is already stored for the estates a file names: one existence check per estate, and
/// for existing estates their profile, structure and dwelling summaries (from the grids' memory, not per dwelling).</summary>
public static class StoredEstates
{
    private const int PageSize = 1000;

    public static async Task<IReadOnlyDictionary<string, StoredEstate>> LoadAsync(IGrainFactory grains, ImportPlan plan, int parallelism, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stored = new ConcurrentDictionary<string, StoredEstate>(StringComparer.Ordinal);
        var ids = plan.Estates.Keys.Where(IsId);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (id, _) =>
        {
            var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(id));
            if (await estate.ExistsAsync())
            {
                stored[id] = new StoredEstate((await estate.GetStatusAsync()).Profile, await estate.GetStructureAsync(), await DwellingsAsync(estate));
            }
        });
        return stored;
    }

    private static async Task<Dictionary<string, DwellingSummary>> DwellingsAsync(IEstateGrain estate)
    {
        var dwellings = new Dictionary<string, DwellingSummary>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += PageSize)
        {
            var (items, total) = await estate.ListDwellingsAsync(skip, PageSize);
            foreach (var item in items)
            {
                dwellings[item.DwellingId] = item;
            }

            if (items.Count == 0 || skip + PageSize >= total)
            {
                return dwellings;
            }
        }
    }

    /// <summary>Ids the rules refuse are reported by them and never looked up.</summary>
    private static bool IsId(string id)
    {
        try
        {
            Validate.Id("estateId", id);
            return true;
        }
        catch (ValidationException)
        {
            return false;
        }
    }
}
