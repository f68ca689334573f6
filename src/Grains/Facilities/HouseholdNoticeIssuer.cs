using Anju.Dwellings;
using Anju.Estates;
using Anju.Grids;

namespace Anju.Facilities;

/// <summary>Finds the dwellings a fault reaches (<see cref="HouseholdReach"/>) and stores their notices. The grids
/// know their dwellings; a building's are those of its grid whose address names the building. Returns how many
/// households were notified.</summary>
internal sealed class HouseholdNoticeIssuer(IGrainFactory grains, IHouseholdNotices notices)
{
    public async Task<int> IssueAsync(string orderId, string estateId, Facility facility, WorkOrderKind kind, string code)
    {
        var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync();
        var place = HouseholdReach.Of(facility, kind, structure);
        if (place.IsNone)
        {
            return 0;
        }

        var lists = await Task.WhenAll(HouseholdReach.Grids(place, structure).Select(g => grains.GetGrain<IGridGrain>(Keys.Grid(estateId, g)).ListDwellingsAsync()));
        var ids = lists.SelectMany(l => l).Select(d => d.DwellingId).Distinct(StringComparer.Ordinal).ToList();
        if (place.BuildingId is { } building)
        {
            var snapshots = await Task.WhenAll(ids.Select(id => grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id)).GetAsync()));
            ids = [.. snapshots.Where(s => s.Address?.BuildingId == building).Select(s => s.DwellingId)];
        }

        if (ids.Count > 0)
        {
            await notices.IssueAsync(orderId, estateId, ids, code, HouseholdReach.Text(facility, code));
        }

        return ids.Count;
    }
}
