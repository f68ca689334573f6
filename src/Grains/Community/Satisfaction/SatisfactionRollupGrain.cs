using Anju.Common;
namespace Anju.Community;

/// <summary>The city's satisfaction rollup (<see cref="ISatisfactionRollupGrain"/>): each estate's newest counts (a
/// repeated or older report changes nothing), added per district and for the city.</summary>
internal sealed class SatisfactionRollupGrain(
    [PersistentState("satisfaction-city", StorageNames.Main)] IPersistentState<SatisfactionRollupState> state) : Grain, ISatisfactionRollupGrain
{
    public async Task ReportAsync(EstateSatisfaction estate)
    {
        ArgumentNullException.ThrowIfNull(estate);
        if (state.State.Estates.TryGetValue(estate.EstateId, out var held) && held.Version >= estate.Version)
        {
            return;
        }

        state.State.Estates[estate.EstateId] = estate;
        await state.WriteOrReloadAsync();
    }

    public Task<SatisfactionRollup> GetAsync()
    {
        var estates = state.State.Estates.Values.Where(e => e.Counts.Responses > 0).OrderBy(e => e.EstateId, StringComparer.Ordinal).ToList();
        var districts = estates.GroupBy(e => e.District).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DistrictSatisfaction(g.Key, g.Count(), SatisfactionCounts.Sum(g.Select(e => e.Counts))));
        return Task.FromResult(new SatisfactionRollup(SatisfactionCounts.Sum(estates.Select(e => e.Counts)), [.. districts], estates));
    }
}
