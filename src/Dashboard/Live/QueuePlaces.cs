using Anju.Access;
using Anju.Contracts;
using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>Where a work queue sits, for the scope check of <c>queue/{queueId}</c>: a housing office's queue
/// (<c>office-TH</c>) is its district; a contract's queue is the estate, and zone, the contract serves (read from the
/// contract, like the API's contract routes).</summary>
public sealed class QueuePlaces(IGrainFactory grains, PlaceDirectory places)
{
    private static readonly string OfficePrefix = WorkOrderRoute.OfficeQueue("");

    /// <summary>The district of an office queue id, or null when the id is a contract's.</summary>
    public static string? OfficeDistrict(string queueId) =>
        queueId.StartsWith(OfficePrefix, StringComparison.Ordinal) ? queueId[OfficePrefix.Length..] : null;

    /// <summary>Whether a grant holding <paramref name="permission"/> reaches the queue. A contract grant reaches only
    /// its own contract's queue (not a neighbouring contract's in the same estate); any other grant reaches it when it
    /// reaches the place the queue serves.</summary>
    public async ValueTask<bool> ReachesAsync(IReadOnlyList<Grant> grants, Permission permission, string queueId)
    {
        var held = grants.Where(g => RolePermissions.Holds(g.Role, permission)).ToList();
        if (held.Count == 0)
        {
            return false;
        }

        if (OfficeDistrict(queueId) is { } district)
        {
            return DistrictCodes.IsKnown(district) && GrantRules.Allows(held, permission, new Place(District: district));
        }

        if (held.Any(g => g.Scope == ScopeKind.Contract && string.Equals(g.ScopeId, queueId, StringComparison.Ordinal)))
        {
            return true;
        }

        var place = await ContractPlaceAsync(queueId);
        if (place is null)
        {
            // Only someone who may see every queue learns that this contract does not exist.
            return held.Any(g => g.Scope == ScopeKind.City) ? throw HubError.Of(HubErrorCode.NotFound, "no such queue") : false;
        }

        return held.Any(g => g.Scope != ScopeKind.Contract && GrantRules.Reaches(g, place));
    }

    private async ValueTask<Place?> ContractPlaceAsync(string contractId)
    {
        PropertyContractSnapshot contract;
        try
        {
            contract = await grains.GetGrain<IPropertyContractGrain>(Keys.Contract(contractId)).GetAsync();
        }
        catch (NotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not HubException)
        {
            throw HubError.Of(HubErrorCode.Unavailable, $"queue/{contractId} is unavailable, try again");
        }

        var estate = await places.EstateAsync(contract.Terms.EstateId);
        return estate is null || contract.Terms.ZoneId is not { } zone ? estate : estate with { ZoneId = zone };
    }
}
