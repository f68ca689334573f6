using Anju.Access;
using Anju.Common;
using Anju.Estates;

namespace Anju.Silo.Api;

/// <summary>Where grid work sits: a grid of a registered estate that the estate's structure names. The place directory
/// places an unknown grid in its estate (so only estate-wide grants reach it); grid work answers 404 for it instead,
/// before any grain of the grid is activated.</summary>
public static class GridWorkScopes
{
    public static readonly ScopeFrom KnownGrid = ScopeFrom.Object("known-grid:gridId", async (http, places) =>
    {
        var estateId = Validate.Id("estateId", ScopeFrom.Route(http, "estateId"));
        var gridId = Validate.Id("gridId", ScopeFrom.Route(http, "gridId"));
        if (await places.GridAsync(estateId, gridId) is not { } place)
        {
            return null;
        }

        var structure = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync();
        return structure.Grids.Any(g => g.GridId == gridId) ? place : null;
    });
}
