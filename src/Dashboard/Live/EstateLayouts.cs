using Anju.Errors;
using Anju.Estates;
using Anju.Grids;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>Reads an <see cref="EstateLayout"/>: the estate's structure, then every grid's status
/// in parallel. Grids are not a live scope, so the estate screen reads this again (throttled)
/// when the estate's status moves.</summary>
public sealed class EstateLayouts(IGrainFactory grains)
{
    /// <summary>The layout of a checked estate scope; <see cref="HubException"/> when it does not exist.</summary>
    public async Task<EstateLayout> ReadAsync(LiveScope estate)
    {
        try
        {
            var structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estate.Id)).GetStructureAsync();
            var grids = await Task.WhenAll(structure.Grids.Select(g => ReadGridAsync(estate.Id, g)));
            return new EstateLayout(estate.Id, structure.Zones, structure.Buildings, structure.Contracts, grids);
        }
        catch (NotFoundException)
        {
            throw HubError.Of(HubErrorCode.NotFound, $"no such {estate.Kind}");
        }
    }

    private async Task<GridCard> ReadGridAsync(string estateId, GridInfo grid)
    {
        var status = await grains.GetGrain<IGridGrain>(Keys.Grid(estateId, grid.GridId)).GetStatusAsync();
        return new GridCard(grid.GridId, status.Name, grid.ZoneId, status.Summary, status.Staff.Count, status.MissingRoles, status.SizeWarning);
    }
}
