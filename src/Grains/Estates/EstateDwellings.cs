using Anju.Dwellings;
using Anju.Grids;

namespace Anju.Estates;

/// <summary>An estate's dwellings, each owned by its own grain and counted by its grid: onboarding creates them and has
/// their grids take them in; a listing asks every grid.</summary>
internal sealed class EstateDwellings(IGrainFactory grains, string estateId)
{
    public Task<DwellingSnapshot> GetAsync(string dwellingId) => grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, dwellingId)).GetAsync();

    /// <summary>Creates a checked batch; returns how many. When one is refused (say, an existing one with other
    /// details), the others are created and durable, so their grids take them before the refusal is reported.</summary>
    public async Task<int> CreateAsync(IReadOnlyList<CreateDwelling> plan)
    {
        var creations = plan.Select(c => grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, c.DwellingId)).CreateAsync(c)).ToList();
        try
        {
            await Task.WhenAll(creations);
        }
        catch
        {
            await JoinGridsAsync([.. creations.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result)]);
            throw;
        }

        await JoinGridsAsync([.. creations.Select(t => t.Result)]);
        return creations.Count;
    }

    /// <summary>One page of the estate's dwellings in id order, and how many there are.</summary>
    public async Task<(IReadOnlyList<DwellingSummary> Items, int Total)> ListAsync(IEnumerable<string> gridIds, int skip, int take)
    {
        var lists = await Task.WhenAll(gridIds.Select(id => Grid(id).ListDwellingsAsync()));
        var all = lists.SelectMany(l => l).OrderBy(d => d.DwellingId, StringComparer.Ordinal).ToList();
        return ([.. all.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, 1000))], all.Count);
    }

    private Task JoinGridsAsync(IReadOnlyList<DwellingSnapshot> created) =>
        Task.WhenAll(created.GroupBy(d => d.GridId).Select(g => Grid(g.Key).AddDwellingsAsync([.. g.Select(DwellingView.SummaryOf)])));

    private IGridGrain Grid(string gridId) => grains.GetGrain<IGridGrain>(Keys.Grid(estateId, gridId));
}
