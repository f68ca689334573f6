using Anju.Dwellings;
using Anju.Estates;
using Anju.Grids;

namespace Anju.Casework;

/// <summary>The estate's dwellings as its grids report them (state, arrears standing), read for the casework queues:
/// the grids are the owners of these figures, so the queues keep no copy of them beyond a look's duration.</summary>
internal sealed class EstateDwellings(IGrainFactory grains, string estateId)
{
    private readonly Dictionary<(string, long), string?> _heads = [];

    public IReadOnlyDictionary<string, (DwellingSummary Summary, string GridId)> Known { get; private set; } =
        new Dictionary<string, (DwellingSummary, string)>(StringComparer.Ordinal);

    public DateTimeOffset? LoadedAt { get; private set; }

    /// <summary>Reads every grid of the estate.</summary>
    public async Task<IReadOnlyCollection<(DwellingSummary Summary, string GridId)>> LoadAsync(DateTimeOffset now)
    {
        var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync();
        var lists = await Task.WhenAll(structure.Grids.Select(async g =>
            (g.GridId, Dwellings: await grains.GetGrain<IGridGrain>(Keys.Grid(estateId, g.GridId)).ListDwellingsAsync())));
        Known = lists.SelectMany(l => l.Dwellings.Select(d => (Summary: d, l.GridId)))
            .GroupBy(d => d.Summary.DwellingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        LoadedAt = now;
        return [.. Known.Values];
    }

    /// <summary>Makes sure every id is looked up in a fresh read when one is not among the dwellings last read.</summary>
    public async Task EnsureAsync(IEnumerable<string?> ids, DateTimeOffset now)
    {
        if (ids.Any(id => id is not null && !Known.ContainsKey(id)))
        {
            await LoadAsync(now);
        }
    }

    public bool Has(string dwellingId) => Known.ContainsKey(dwellingId);

    /// <summary>The household head's reference (personal: masked on the way out), read from the dwelling once per version.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> HeadsAsync(IEnumerable<string> dwellingIds)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in dwellingIds)
        {
            var version = Known.TryGetValue(id, out var known) ? known.Summary.Version : 0;
            if (!_heads.TryGetValue((id, version), out var head))
            {
                head = (await grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id)).GetAsync()).Household?.HeadOfHousehold;
                _heads[(id, version)] = head;
            }

            result[id] = head;
        }

        return result;
    }
}
