using System.Security.Claims;
using System.Text.RegularExpressions;
using Anju.Estates;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>Accepts <c>city</c>, <c>district/&lt;code&gt;</c>, <c>estate/&lt;id&gt;</c> and
/// <c>cluster</c>. Every signed-in role may watch every scope for now; access control will
/// narrow that here.</summary>
public sealed partial class ScopeCheck : IScopeAuthorizer
{
    private const int MaxLength = 64;

    public ValueTask<LiveScope> AuthorizeAsync(ClaimsPrincipal? user, string? scope) => ValueTask.FromResult(Check(scope));

    private static LiveScope Check(string? scope)
    {
        if (string.IsNullOrWhiteSpace(scope))
        {
            throw new HubException("scope is required");
        }

        if (scope.Length > MaxLength)
        {
            throw new HubException($"scope is longer than {MaxLength} characters");
        }

        var (kind, id) = Scopes.Parse(scope);
        return kind switch
        {
            LiveScope.CityKind when id.Length == 0 => new(kind, id, Scopes.City),
            LiveScope.DistrictKind when DistrictCodes.IsKnown(id) => new(kind, id, Scopes.District(id)),
            LiveScope.EstateKind when EstateId().IsMatch(id) => new(kind, id, Scopes.Estate(id)),
            LiveScope.ClusterKind when id.Length == 0 => LiveScope.Cluster,
            "incidents" when EstateId().IsMatch(id) => new(kind, id, Scopes.Incidents(id)),
            LiveScope.CityKind or LiveScope.DistrictKind or LiveScope.EstateKind or LiveScope.ClusterKind =>
                throw new HubException($"'{id}' is not a valid {kind} id"),
            _ => throw new HubException($"unknown scope kind '{kind}'"),
        };
    }

    /// <summary>The estate id rule of the command API: 1–32 letters, digits or dashes.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex EstateId();
}
