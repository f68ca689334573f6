using System.Security.Claims;
using System.Text.RegularExpressions;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Estates;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>
/// Accepts <c>city</c>, <c>district/&lt;code&gt;</c>, <c>estate/&lt;id&gt;</c>, <c>incidents/&lt;estateId&gt;</c>,
/// <c>facilities/&lt;estateId&gt;</c>, <c>queue/&lt;queueId&gt;</c>, the alarm streams <c>alarms</c> (the city's: a city grant) and
/// <c>alarms/&lt;code&gt;</c> (a grant over the district), and <c>cluster</c>, each only when one of the caller's grants reaches it (分級查詢權限), by the same rule as the API:
/// the city only from a city grant, a district from a grant over it, an estate or its incident list from any grant
/// that reaches the estate (grid staff and a zone's property company included); a work queue from the company's own
/// contract grant, or a grant reaching the contract's estate and zone, or an office queue's district (<see cref="QueuePlaces"/>). A refusal is coded
/// <see cref="HubErrorCode.Forbidden"/> and says nothing more; an estate nobody registered is refused the same way unless
/// the caller could see every estate (<see cref="HubErrorCode.NotFound"/>).
/// </summary>
public sealed partial class ScopeCheck(PlaceDirectory places, QueuePlaces queues) : IScopeAuthorizer
{
    private const int MaxLength = 64;

    public async ValueTask<LiveScope> AuthorizeAsync(ClaimsPrincipal? user, string? scope)
    {
        var target = Parse(scope);
        var grants = user.Grants();
        var allowed = target.Kind switch
        {
            Scopes.Cluster => GrantRules.HoldsAnywhere(grants, Permission.ReadFigures),
            Scopes.City => GrantRules.Allows(grants, Permission.ReadFigures, Place.City),
            Scopes.DistrictKind => GrantRules.Allows(grants, Permission.ReadFigures, new Place(District: target.Id)),
            Scopes.AlarmsKind => GrantRules.Allows(grants, Permission.ReadFigures, target.Id.Length == 0 ? Place.City : new Place(District: target.Id)),
            Scopes.EstateKind => await ReachesEstateAsync(grants, Permission.ReadFigures, target),
            Scopes.FacilitiesKind => await ReachesEstateAsync(grants, Permission.ReadFacilities, target),
            Scopes.QueueKind => await queues.ReachesAsync(grants, Permission.ReadFacilities, target.Id),
            Scopes.ContractKind => await queues.ReachesAsync(grants, Permission.ReadContracts, target.Id),
            _ => await ReachesEstateAsync(grants, Permission.ReadIncidents, target),
        };
        return allowed ? target : throw Refused(target);
    }

    private async ValueTask<bool> ReachesEstateAsync(IReadOnlyList<Grant> grants, Permission permission, LiveScope target)
    {
        if (!GrantRules.HoldsAnywhere(grants, permission))
        {
            return false;
        }

        Place? place;
        try
        {
            place = await places.EstateAsync(target.Id);
        }
        catch (Exception ex) when (ex is not HubException)
        {
            throw HubError.Of(HubErrorCode.Unavailable, $"{target.Name} is unavailable, try again");
        }

        if (place is null)
        {
            // Only someone who may see every estate learns that this one does not exist.
            return GrantRules.Allows(grants, permission, Place.City) ? throw HubError.Of(HubErrorCode.NotFound, "no such estate") : false;
        }

        return GrantRules.Allows(grants, permission, place);
    }

    private static HubException Refused(LiveScope target) => HubError.Of(HubErrorCode.Forbidden, $"your grants do not reach {target.Name}");

    private static LiveScope Parse(string? scope)
    {
        if (string.IsNullOrWhiteSpace(scope))
        {
            throw HubError.Of(HubErrorCode.InvalidScope, "scope is required");
        }

        if (scope.Length > MaxLength)
        {
            throw HubError.Of(HubErrorCode.InvalidScope, $"scope is longer than {MaxLength} characters");
        }

        var (kind, id) = Scopes.Parse(scope);
        return kind switch
        {
            Scopes.City when id.Length == 0 => new(kind, id, Scopes.City),
            Scopes.DistrictKind when DistrictCodes.IsKnown(id) => new(kind, id, Scopes.District(id)),
            Scopes.EstateKind when EstateId().IsMatch(id) => new(kind, id, Scopes.Estate(id)),
            Scopes.Cluster when id.Length == 0 => LiveScope.Cluster,
            Scopes.IncidentsKind when EstateId().IsMatch(id) => new(kind, id, Scopes.Incidents(id)),
            Scopes.FacilitiesKind when EstateId().IsMatch(id) => new(kind, id, Scopes.Facilities(id)),
            Scopes.QueueKind when QueueId().IsMatch(id) => new(kind, id, Scopes.Queue(id)),
            Scopes.ContractKind when QueueId().IsMatch(id) && !id.StartsWith("office-", StringComparison.Ordinal) => new(kind, id, Scopes.Contract(id)),
            Scopes.AlarmsKind when id.Length == 0 => new(kind, id, Scopes.CityAlarms),
            Scopes.AlarmsKind when DistrictCodes.IsKnown(id) => new(kind, id, Scopes.Alarms(id)),
            _ when Scopes.Kinds.Contains(kind) => throw HubError.Of(HubErrorCode.InvalidScope, $"'{id}' is not a valid {kind} id"),
            _ => throw HubError.Of(HubErrorCode.InvalidScope, $"unknown scope kind '{kind}'"),
        };
    }

    /// <summary>The estate id rule of the command API: 1–32 letters, digits or dashes.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex EstateId();

    /// <summary>A queue id: a contract id or <c>office-{district}</c>, letters, digits and dashes.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,47}$")]
    private static partial Regex QueueId();
}
