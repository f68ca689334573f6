namespace Anju.Access;

/// <summary>Whether a grant reaches a place (pure; the whole of the scope logic).</summary>
/// <remarks>
/// A grant reaches everything below its scope: a district grant every estate of the district, a zone grant
/// the zone's grids. For an estate-wide object (the estate's figures, its incident desk) a narrower grant
/// inside the estate also reaches it, so grid staff and a zone's property company can open their estate's
/// screen; personal data is decided per object, so a grid grant still sees only its own grid's households.
/// </remarks>
public static class GrantRules
{
    /// <summary>True when <paramref name="grant"/> reaches <paramref name="place"/>.</summary>
    /// <remarks>With <paramref name="whole"/>, a narrower grant does not reach its estate as a whole: personal data
    /// of an estate-wide list is shown only to grants that reach every row of it.</remarks>
    public static bool Reaches(Grant grant, Place place, bool whole = false)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(place);
        var estateWide = !whole && place.EstateId is not null && place.GridId is null && place.ZoneId is null;
        return grant.Scope switch
        {
            ScopeKind.City => true,
            ScopeKind.District => place.District is not null && Same(grant.ScopeId, place.District),
            ScopeKind.Street => place.District is not null && place.Street is not null
                && Same(grant.ScopeId, $"{place.District}/{place.Street}"),
            ScopeKind.Estate => place.EstateId is not null && Same(grant.ScopeId, place.EstateId),
            ScopeKind.Zone => Split(grant.ScopeId) is var (estate, zone) && Same(estate, place.EstateId)
                && (estateWide || Same(zone, place.ZoneId)),
            ScopeKind.Grid => Split(grant.ScopeId) is var (estate, grid) && Same(estate, place.EstateId)
                && (estateWide || Same(grid, place.GridId)),
            ScopeKind.Contract => place.Contracts.Any(c => Same(c.ContractId, grant.ScopeId)
                && (c.ZoneId is null || estateWide || Same(c.ZoneId, place.ZoneId))),
            _ => false,
        };
    }

    /// <summary>True when some grant of a role holding <paramref name="permission"/> reaches <paramref name="place"/>.</summary>
    public static bool Allows(IEnumerable<Grant> grants, Permission permission, Place place, bool whole = false) =>
        grants.Any(g => RolePermissions.Holds(g.Role, permission) && Reaches(g, place, whole));

    /// <summary>True when <paramref name="permission"/> is held at all, in any scope (the endpoint's policy).</summary>
    public static bool HoldsAnywhere(IEnumerable<Grant> grants, Permission permission) =>
        grants.Any(g => RolePermissions.Holds(g.Role, permission));

    /// <summary>The districts a set of grants reaches as a whole; null when one reaches the city.</summary>
    public static IReadOnlySet<string>? WholeDistricts(IEnumerable<Grant> grants, Permission permission)
    {
        var held = grants.Where(g => RolePermissions.Holds(g.Role, permission)).ToList();
        return held.Any(g => g.Scope == ScopeKind.City)
            ? null
            : held.Where(g => g.Scope == ScopeKind.District).Select(g => g.ScopeId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the scope id is well formed for its kind (checked when a grant is given).</summary>
    public static bool IsWellFormed(ScopeKind scope, string? scopeId) => scope switch
    {
        ScopeKind.City => string.IsNullOrEmpty(scopeId),
        ScopeKind.Street or ScopeKind.Zone or ScopeKind.Grid => Split(scopeId) is not null,
        _ => !string.IsNullOrWhiteSpace(scopeId) && scopeId.Length <= 64 && !scopeId.Contains('|'),
    };

    private static (string, string)? Split(string? scopeId)
    {
        var slash = scopeId?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && slash < scopeId!.Length - 1 && scopeId.Length <= 96 && !scopeId.Contains('|')
            ? (scopeId[..slash], scopeId[(slash + 1)..])
            : null;
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.Ordinal);
}
