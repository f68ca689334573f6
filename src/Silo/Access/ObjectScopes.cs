using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Contracts;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Incidents;

namespace Anju.Silo.Access;

/// <summary>Where objects named by the route sit, read from the object itself: a case's estate and grid, a dwelling's
/// grid, a contract's estate and zone.</summary>
public static class ObjectScopes
{
    /// <summary>A case (<c>{incidentId}</c>): its estate, narrowed to its grid.</summary>
    public static readonly ScopeFrom Incident = ScopeFrom.Object("incident:incidentId", async (http, places) =>
    {
        var id = Validate.Id("incidentId", ScopeFrom.Route(http, "incidentId"));
        var summary = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IIncidentGrain>(Keys.Incident(id)).GetAsync());
        var location = summary?.Summary.Location;
        return location is null ? null
            : location.GridId is { Length: > 0 } grid ? await places.GridAsync(location.EstateId, grid)
            : await places.EstateAsync(location.EstateId);
    });

    /// <summary>A dwelling (<c>{estateId}/{dwellingId}</c>): its estate; for a caller whose grants do not reach the whole
    /// estate, narrowed to the dwelling's grid (read from the dwelling).</summary>
    public static readonly ScopeFrom Dwelling = ScopeFrom.Object("dwelling:dwellingId", async (http, places) =>
    {
        var estateId = Validate.Id("estateId", ScopeFrom.Route(http, "estateId"));
        var dwellingId = Validate.Id("dwellingId", ScopeFrom.Route(http, "dwellingId"));
        var estate = await places.EstateAsync(estateId);
        if (estate is null || http.User.Grants().Any(g => GrantRules.Reaches(g, estate, whole: true)))
        {
            return estate;
        }

        var dwelling = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>()
            .GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, dwellingId)).GetAsync());
        return dwelling is { GridId.Length: > 0 } ? await places.GridAsync(estateId, dwelling.GridId) : estate;
    });

    /// <summary>A contract (<c>{contractId}</c>): the estate, and zone, it serves.</summary>
    public static readonly ScopeFrom Contract = ScopeFrom.Object("contract:contractId", async (http, places) =>
    {
        var id = Validate.Id("contractId", ScopeFrom.Route(http, "contractId"));
        var contract = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPropertyContractGrain>(Keys.Contract(id)).GetAsync());
        var estate = contract is null ? null : await places.EstateAsync(contract.Terms.EstateId);
        return estate is null || contract!.Terms.ZoneId is not { } zone ? estate : estate with { ZoneId = zone };
    });

    private static async Task<T?> Snapshot<T>(Task<T> read)
        where T : class
    {
        try
        {
            return await read;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
