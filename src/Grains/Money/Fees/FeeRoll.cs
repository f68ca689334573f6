using Anju.Dwellings;
using Anju.Estates;
using Anju.Grids;

namespace Anju.Money;

/// <summary>The dwellings a contract serves, read for a billing run: the estate's grids in the contract's zone (every
/// grid when it serves the whole estate), each grid's dwellings, and each dwelling's fee basis, a bounded number at once.</summary>
internal static class FeeRoll
{
    public static async Task<IReadOnlyList<FeeBasis>> ReadAsync(IGrainFactory grains, string estateId, string? zoneId, int concurrency)
    {
        var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync();
        var grids = structure.Grids.Where(g => zoneId is null || string.Equals(g.ZoneId, zoneId, StringComparison.Ordinal)).ToList();
        var lists = await Task.WhenAll(grids.Select(g => grains.GetGrain<IGridGrain>(Keys.Grid(estateId, g.GridId)).ListDwellingsAsync()));
        var ids = lists.SelectMany(l => l.Select(d => d.DwellingId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var bases = new List<FeeBasis>(ids.Count);
        foreach (var chunk in ids.Chunk(Math.Max(1, concurrency)))
        {
            var read = await Task.WhenAll(chunk.Select(id => BasisAsync(grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id)))));
            bases.AddRange(read.OfType<FeeBasis>());
        }

        return bases;
    }

    /// <summary>A dwelling that a grid lists but that does not exist (yet) has no basis.</summary>
    private static async Task<FeeBasis?> BasisAsync(IDwellingGrain dwelling)
    {
        try
        {
            return await dwelling.GetFeeBasisAsync();
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
