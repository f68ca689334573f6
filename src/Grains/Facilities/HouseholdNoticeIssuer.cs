using System.Collections.Concurrent;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Grids;

namespace Anju.Facilities;

/// <summary>Finds the dwellings a fault reaches (<see cref="HouseholdReach"/>) and stores their notices; returns how
/// many households were notified. The grids know their dwellings; a building's are those of its grid whose address
/// names the building, which takes a read of each, so a building's list is kept per silo for
/// <see cref="BuildingListKept"/> (a fault storm in one building asks once; a dwelling onboarded since is noticed by
/// the next fault after that).</summary>
internal sealed class HouseholdNoticeIssuer(IGrainFactory grains, IHouseholdNotices notices, TimeProvider clock)
{
    public static readonly TimeSpan BuildingListKept = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string Estate, string Building), (DateTimeOffset At, IReadOnlyList<string> Ids)> _buildings = new();

    public async Task<int> IssueAsync(string orderId, string estateId, Facility facility, WorkOrderKind kind, string code)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync();
        var place = HouseholdReach.Of(facility, kind, structure);
        if (place.IsNone)
        {
            return 0;
        }

        var ids = place.BuildingId is { } building
            ? await BuildingAsync(estateId, building, HouseholdReach.Grids(place, structure))
            : await ListAsync(estateId, HouseholdReach.Grids(place, structure));
        if (ids.Count > 0)
        {
            await notices.IssueAsync(orderId, estateId, ids, code, HouseholdReach.Text(facility, code));
        }

        return ids.Count;
    }

    private async Task<IReadOnlyList<string>> BuildingAsync(string estateId, string building, IReadOnlyList<string> grids)
    {
        var now = clock.GetUtcNow();
        if (_buildings.TryGetValue((estateId, building), out var kept) && now - kept.At < BuildingListKept)
        {
            return kept.Ids;
        }

        var snapshots = await Task.WhenAll((await ListAsync(estateId, grids)).Select(id => grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id)).GetAsync()));
        IReadOnlyList<string> ids = [.. snapshots.Where(s => s.Address?.BuildingId == building).Select(s => s.DwellingId)];
        _buildings[(estateId, building)] = (now, ids);
        return ids;
    }

    private async Task<IReadOnlyList<string>> ListAsync(string estateId, IReadOnlyList<string> grids)
    {
        var lists = await Task.WhenAll(grids.Select(g => grains.GetGrain<IGridGrain>(Keys.Grid(estateId, g)).ListDwellingsAsync()));
        return [.. lists.SelectMany(l => l).Select(d => d.DwellingId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
